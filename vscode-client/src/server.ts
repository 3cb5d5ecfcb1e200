// The command line that starts the bundled language server. No VS Code API here (unit-tested).

/**
 * JVM options for a long-lived editor helper that holds little (about 10 MB of live heap with
 * 1,000 agents open) and analyses a file in about a millisecond: the flags the `./agentmd lsp`
 * launcher uses, measured with bench/lsp (see the launcher's comments for the numbers).
 * - C1 only: prompt start-up, no C2 compile threads or spikes; C1 code is fast enough.
 * - G1 starting at 32 MB (smaller costs collections before `initialize` is answered), allowed to
 *   shrink to 8 MB, growing only as needed, capped at 1 GB; after 15 s idle a *full* periodic
 *   collection (JEP 346; a concurrent one frees too little) returns memory to the system. These
 *   are the launcher's `agentmd lsp` flags, measured in bench/lsp.
 * - Exit on OutOfMemoryError instead of limping on with dead threads; the client restarts the
 *   server (a bounded number of times, see restartPolicy.ts).
 * - The JVM prints its own warnings (and the out-of-memory notice) on stdout, which is the
 *   JSON-RPC channel: send them to stderr, which the client shows in Output › agentmd.
 * Users' `agentmd.server.vmargs` come after these, so a user's `-Xmx2g` wins.
 */
export const JVM_OPTIONS: readonly string[] = [
  '-XX:TieredStopAtLevel=1',
  '-XX:+UseG1GC',
  '-XX:InitialHeapSize=32m',
  '-XX:MinHeapSize=8m',
  '-Xmx1g',
  '-XX:GCTimeRatio=4',
  '-XX:MinHeapFreeRatio=10',
  '-XX:MaxHeapFreeRatio=30',
  '-XX:G1PeriodicGCInterval=15000',
  '-XX:-G1PeriodicGCInvokesConcurrent',
  '-XX:+ExitOnOutOfMemoryError',
  '-XX:+DisplayVMOutputToStderr',
  '-Xlog:disable',
  '-Xlog:all=warning:stderr',
];

/**
 * Environment additions: glibc gives each thread that mallocs its own 64 MB arena, and the JVM's
 * compiler and GC threads would each hold a few MB of resident memory (as the launcher does).
 */
export const SERVER_ENV: Readonly<Record<string, string>> = { MALLOC_ARENA_MAX: '2' };

/** The port a development launch (F5 from this repository) listens on for a Java debugger. */
export const DEV_DEBUG_PORT = 5005;

export interface ServerLaunch {
  /** The `java` executable (see java.ts). */
  readonly java: string;
  /** The absolute path of the bundled `server/agentmd.jar`. */
  readonly jar: string;
  /** `agentmd.server.vmargs` as typed. */
  readonly vmargs?: string;
  /** Adds a JDWP agent listening on this port of 127.0.0.1. */
  readonly debugPort?: number;
  /** With a debug port: the server waits for the debugger before it starts. */
  readonly debugSuspend?: boolean;
}

export interface ServerCommand {
  readonly command: string;
  readonly args: string[];
  /** The server's environment: this process's, plus SERVER_ENV unless already set. */
  readonly env: NodeJS.ProcessEnv;
}

export function serverCommand(launch: ServerLaunch, env: NodeJS.ProcessEnv = process.env): ServerCommand {
  const args = [...JVM_OPTIONS, ...parseVmargs(launch.vmargs ?? '')];
  if (launch.debugPort !== undefined) {
    const suspend = launch.debugSuspend ? 'y' : 'n';
    args.push(`-agentlib:jdwp=transport=dt_socket,server=y,suspend=${suspend},address=127.0.0.1:${launch.debugPort}`);
  }
  args.push('-jar', launch.jar, 'lsp', '--stdio');
  return { command: launch.java, args, env: { ...SERVER_ENV, ...env } };
}

/**
 * Splits a vmargs string into arguments: whitespace separates them, and single or double quotes
 * keep spaces inside one (`-Dname="a b"` is one argument, `-Dname=a b`).
 */
export function parseVmargs(text: string): string[] {
  const args: string[] = [];
  let current = '';
  let inArgument = false;
  let quote: string | undefined;
  for (const c of text) {
    if (quote) {
      if (c === quote) {
        quote = undefined;
      } else {
        current += c;
      }
    } else if (c === '"' || c === "'") {
      quote = c;
      inArgument = true;
    } else if (/\s/.test(c)) {
      if (inArgument) {
        args.push(current);
        current = '';
        inArgument = false;
      }
    } else {
      current += c;
      inArgument = true;
    }
  }
  if (inArgument) {
    args.push(current);
  }
  return args;
}
