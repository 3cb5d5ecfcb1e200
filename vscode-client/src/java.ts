// Finds a Java runtime that can run the language server: the `agentmd.java.home` setting, then
// JAVA_HOME, then `java` on the PATH. No VS Code API here, so the unit tests can run it under Node.
import { execFile } from 'node:child_process';
import { constants as fsConstants, promises as fs } from 'node:fs';
import * as os from 'node:os';
import * as path from 'node:path';

/** The oldest Java the server runs on (its jar is Java 17 bytecode). */
export const MIN_JAVA = 17;

/** Where to get a JDK; offered next to every "no Java" message. */
export const JAVA_DOWNLOAD_URL = 'https://adoptium.net/';

export type JavaSource = 'setting' | 'JAVA_HOME' | 'PATH';

export interface JavaRuntime {
  /** The `java` executable to launch. */
  readonly executable: string;
  /** The feature release: 17 for `17.0.15`, 8 for `1.8.0_401`. */
  readonly major: number;
  /** The version as `java -version` printed it. */
  readonly version: string;
  readonly source: JavaSource;
}

/**
 * No usable Java. The message says what was tried and what to do; `reason` lets the caller pick
 * the buttons (a bad setting wants the settings editor; no Java at all wants a download link).
 */
export class JavaNotFoundError extends Error {
  constructor(
    message: string,
    readonly reason: 'bad-setting' | 'too-old' | 'missing',
  ) {
    super(message);
    this.name = 'JavaNotFoundError';
  }
}

export interface JavaLookup {
  /** The `agentmd.java.home` setting; blank means unset. */
  readonly javaHome?: string | null;
  readonly env: NodeJS.ProcessEnv;
  readonly platform?: NodeJS.Platform;
  /** Runs `<java> -version` and resolves to what it printed (stderr, then stdout). */
  readonly runVersion?: (executable: string) => Promise<string>;
}

/**
 * The first usable Java in precedence order. An explicit setting is honoured or rejected, never
 * silently replaced; JAVA_HOME and the PATH are tried in turn, and a too-old one there is skipped
 * in favour of the next (but named in the error when nothing fits).
 */
export async function findJava(lookup: JavaLookup): Promise<JavaRuntime> {
  const platform = lookup.platform ?? process.platform;
  const runVersion = lookup.runVersion ?? javaVersionOutput;
  const setting = lookup.javaHome?.trim();
  if (setting) {
    const executable = executableFromSetting(expandHome(setting), platform);
    const found = await probe(executable, 'setting', runVersion);
    if (found.kind === 'ok') {
      return found.runtime;
    }
    throw new JavaNotFoundError(
      `agentmd.java.home is set to ${setting}, but ${found.problem}. ` +
        `Point it at a Java ${MIN_JAVA} or later installation (the folder that contains bin/java), or clear it to use JAVA_HOME or the PATH.`,
      'bad-setting',
    );
  }

  const tried: string[] = [];
  let tooOld = false;
  const javaHome = envValue(lookup.env, 'JAVA_HOME', platform)?.trim();
  if (javaHome) {
    const found = await probe(path.join(javaHome, 'bin', javaFileName(platform)), 'JAVA_HOME', runVersion);
    if (found.kind === 'ok') {
      return found.runtime;
    }
    tooOld ||= found.kind === 'too-old';
    tried.push(`JAVA_HOME (${javaHome}): ${found.problem}`);
  } else {
    tried.push('JAVA_HOME is not set');
  }

  const onPath = await findOnPath(envValue(lookup.env, 'PATH', platform) ?? '', platform);
  if (onPath) {
    const found = await probe(onPath, 'PATH', runVersion);
    if (found.kind === 'ok') {
      return found.runtime;
    }
    tooOld ||= found.kind === 'too-old';
    tried.push(`PATH (${onPath}): ${found.problem}`);
  } else {
    tried.push('no java on the PATH');
  }

  throw new JavaNotFoundError(
    `agentmd needs Java ${MIN_JAVA} or later to run its language server, but found none (${tried.join('; ')}). ` +
      `Install a JDK ${MIN_JAVA}+ (for example from ${JAVA_DOWNLOAD_URL}) and set agentmd.java.home or JAVA_HOME to it.`,
    tooOld ? 'too-old' : 'missing',
  );
}

/**
 * The feature release and version text out of `java -version` output, or undefined when there is
 * no `version "…"` line: `openjdk version "17.0.15" 2025-04-15`, `java version "1.8.0_401"`,
 * `openjdk version "21" 2023-09-19`, `openjdk version "26-ea" 2026-03-17`.
 */
export function parseJavaVersion(output: string): { major: number; version: string } | undefined {
  const match = /version "([^"]+)"/.exec(output);
  if (!match) {
    return undefined;
  }
  const version = match[1];
  const parts = /^(\d+)(?:\.(\d+))?/.exec(version);
  if (!parts) {
    return undefined;
  }
  // Up to Java 8 the scheme was 1.<feature>.0_<update>.
  const major = parts[1] === '1' && parts[2] !== undefined ? Number(parts[2]) : Number(parts[1]);
  return { major, version };
}

type Probe = { kind: 'ok'; runtime: JavaRuntime } | { kind: 'too-old' | 'unusable'; problem: string };

async function probe(
  executable: string,
  source: JavaSource,
  runVersion: (executable: string) => Promise<string>,
): Promise<Probe> {
  if (!(await isExecutableFile(executable))) {
    return { kind: 'unusable', problem: `${executable} does not exist or is not executable` };
  }
  let output: string;
  try {
    output = await runVersion(executable);
  } catch (error) {
    return { kind: 'unusable', problem: `\`${executable} -version\` failed: ${message(error)}` };
  }
  const parsed = parseJavaVersion(output);
  if (!parsed) {
    return { kind: 'unusable', problem: `\`${executable} -version\` printed no version` };
  }
  if (parsed.major < MIN_JAVA) {
    return { kind: 'too-old', problem: `it is Java ${parsed.version}, older than ${MIN_JAVA}` };
  }
  return { kind: 'ok', runtime: { executable, major: parsed.major, version: parsed.version, source } };
}

/** `java -version` prints to stderr; a few wrappers print to stdout. Ten seconds at most. */
export function javaVersionOutput(executable: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(executable, ['-version'], { timeout: 10_000, windowsHide: true }, (error, stdout, stderr) => {
      if (error) {
        reject(error);
      } else {
        resolve(`${stderr}\n${stdout}`);
      }
    });
  });
}

/** The setting may name the installation folder or its `bin/java` directly. */
function executableFromSetting(setting: string, platform: NodeJS.Platform): string {
  const base = path.basename(setting).toLowerCase();
  return base === 'java' || base === 'java.exe' ? setting : path.join(setting, 'bin', javaFileName(platform));
}

async function findOnPath(pathValue: string, platform: NodeJS.Platform): Promise<string | undefined> {
  const separator = platform === 'win32' ? ';' : ':';
  for (const dir of pathValue.split(separator)) {
    if (!dir) {
      continue;
    }
    const candidate = path.join(dir, javaFileName(platform));
    if (await isExecutableFile(candidate)) {
      return candidate;
    }
  }
  return undefined;
}

async function isExecutableFile(file: string): Promise<boolean> {
  try {
    const stat = await fs.stat(file);
    if (!stat.isFile()) {
      return false;
    }
    await fs.access(file, process.platform === 'win32' ? fsConstants.F_OK : fsConstants.X_OK);
    return true;
  } catch {
    return false;
  }
}

function javaFileName(platform: NodeJS.Platform): string {
  return platform === 'win32' ? 'java.exe' : 'java';
}

/** Environment names are case-insensitive on Windows (`Path`). */
function envValue(env: NodeJS.ProcessEnv, name: string, platform: NodeJS.Platform): string | undefined {
  if (platform !== 'win32') {
    return env[name];
  }
  const key = Object.keys(env).find((k) => k.toUpperCase() === name);
  return key === undefined ? undefined : env[key];
}

function expandHome(value: string): string {
  return value === '~' || value.startsWith('~/') ? path.join(os.homedir(), value.slice(1)) : value;
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
