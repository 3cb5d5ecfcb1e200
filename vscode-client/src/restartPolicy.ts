// When the server process dies unexpectedly, restart it, but not forever. No VS Code API here.

export interface RestartDecision {
  readonly restart: boolean;
  /** For the user when giving up; for the log otherwise. */
  readonly message: string;
}

/**
 * Allows `maxRestarts` restarts within any `windowMs`; the next crash inside the window stops the
 * server until the user restarts it (command "agentmd: Restart Server", which calls `reset`).
 * The defaults are the language client's own (4 restarts in 3 minutes), written down here so they
 * are explicit and tested rather than inherited.
 */
export class RestartPolicy {
  private crashes: number[] = [];

  constructor(
    readonly maxRestarts = 4,
    readonly windowMs = 3 * 60 * 1000,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a crash and decides whether to start the server again. */
  crashed(): RestartDecision {
    const time = this.now();
    this.crashes = this.crashes.filter((t) => time - t < this.windowMs);
    this.crashes.push(time);
    const recent = this.crashes.length;
    if (recent <= this.maxRestarts) {
      return {
        restart: true,
        message: `The agentmd language server stopped unexpectedly; restarting it (${recent} of ${this.maxRestarts} restarts allowed in ${minutes(this.windowMs)}).`,
      };
    }
    return {
      restart: false,
      message:
        `The agentmd language server stopped unexpectedly ${recent} times in ${minutes(this.windowMs)} and will not be restarted. ` +
        'See Output › agentmd for the cause, then run "agentmd: Restart Server".',
    };
  }

  /** Forgets past crashes: the user restarted the server on purpose. */
  reset(): void {
    this.crashes = [];
  }
}

function minutes(ms: number): string {
  const m = ms / 60_000;
  return m === 1 ? '1 minute' : `${m} minutes`;
}
