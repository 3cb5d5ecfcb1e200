// VS Code's `agentmd.*` settings → what the server and the launcher need. No VS Code API here: the
// functions take anything with `get(key)`, such as `workspace.getConfiguration('agentmd')`.

/** The configuration section, and the key the server unwraps (`{settings: {agentmd: …}}`). */
export const SECTION = 'agentmd';

/** Where agent files live, whatever the settings say (the server detects the same locations). */
export const AGENT_FILE_GLOBS: readonly string[] = ['**/.claude/agents/**/*.md', '**/agents/**/*.md'];

/** Reads one key of the `agentmd` section, as `WorkspaceConfiguration.get` does. */
export interface ConfigReader {
  get<T>(key: string): T | undefined;
}

/**
 * The server's settings object, the only shape it accepts (see the server's SettingsParser):
 * `{rules: {id: level}, tools: {extra}, models: {extra}, files: {include}}`. Launch settings
 * (`java.*`, `server.*`) and `trace.server` are the client's own and are left out, since the
 * server warns about keys it does not know. Rule levels and list items are passed on as the user
 * wrote them (a list setting that is not a list counts as empty); the server checks them and logs
 * what it ignores.
 */
export interface ServerSettings {
  rules: Record<string, unknown>;
  tools: { extra: unknown[] };
  models: { extra: unknown[] };
  files: { include: unknown[] };
}

export function serverSettings(config: ConfigReader): ServerSettings {
  return {
    rules: plain(config.get<Record<string, unknown>>('rules')) ?? {},
    tools: { extra: list(config.get('tools.extra')) },
    models: { extra: list(config.get('models.extra')) },
    files: { include: list(config.get('files.include')) },
  };
}

/** What `initialize` carries: the same object a configuration change carries, wrapped alike. */
export function initializationOptions(config: ConfigReader): { settings: { agentmd: ServerSettings } } {
  return { settings: { [SECTION]: serverSettings(config) } as { agentmd: ServerSettings } };
}

/** The settings that need a new server process (and the ones that change the document selector). */
export const RESTART_KEYS: readonly string[] = ['java.home', 'server.vmargs', 'server.debugPort', 'files.include'];

export interface LaunchSettings {
  readonly javaHome?: string;
  readonly vmargs: string;
  readonly debugPort?: number;
}

export function launchSettings(config: ConfigReader): LaunchSettings {
  const javaHome = config.get<unknown>('java.home');
  const vmargs = config.get<unknown>('server.vmargs');
  const debugPort = config.get<unknown>('server.debugPort');
  return {
    javaHome: typeof javaHome === 'string' && javaHome.trim() ? javaHome.trim() : undefined,
    vmargs: typeof vmargs === 'string' ? vmargs : '',
    debugPort:
      typeof debugPort === 'number' && Number.isInteger(debugPort) && debugPort > 0 && debugPort < 65536
        ? debugPort
        : undefined,
  };
}

/**
 * The document selector: files (saved to disk) whose path matches an agent-file pattern, whatever
 * their language: VS Code 1.100+ gives `.claude/agents/*.md` the language `chatagent` ("Agent")
 * rather than `markdown`, and a user may pick another one.
 */
export function documentSelector(config: ConfigReader): { scheme: 'file'; pattern: string }[] {
  return documentPatterns(config).map((pattern) => ({ scheme: 'file', pattern }));
}

/**
 * The glob patterns of the document selector: the agent locations plus `files.include`. A glob
 * that does not start with `/`, `**` or a drive letter matches at any depth, as on the server,
 * since VS Code matches a selector pattern against the whole path.
 */
export function documentPatterns(config: ConfigReader): string[] {
  const include = list(config.get('files.include')).filter(
    (g): g is string => typeof g === 'string' && g.trim() !== '',
  );
  const patterns = [...AGENT_FILE_GLOBS, ...include.map(anchorGlob)];
  return [...new Set(patterns)];
}

export function anchorGlob(glob: string): string {
  const trimmed = glob.trim().replace(/\\/g, '/');
  const anchored = trimmed.startsWith('/') || trimmed.startsWith('**') || /^[A-Za-z]:\//.test(trimmed);
  return anchored ? trimmed : `**/${trimmed}`;
}

function list(value: unknown): unknown[] {
  return Array.isArray(value) ? value.map((item) => plain(item)) : [];
}

/** A plain JSON copy: VS Code hands out frozen proxies that do not serialise reliably. */
function plain<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}
