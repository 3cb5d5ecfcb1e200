// End-to-end test in a real VS Code: code-server with the packaged extension, driven through
// headless Chromium. Run by scripts/e2e.sh, which installs the tools and sets:
//   AGENTMD_E2E_NODE24, AGENTMD_E2E_CODE_SERVER, AGENTMD_E2E_CHROMIUM; argv[2] = the .vsix.
// Every wait is on UI or process state, with a timeout; nothing sleeps for a fixed time.
// Artifacts: test-results/editor.png (diagnostics), completion.png, and logs on failure.
import { spawn, spawnSync } from 'node:child_process';
import * as fs from 'node:fs';
import * as http from 'node:http';
import * as net from 'node:net';
import * as os from 'node:os';
import * as path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const client = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const results = path.join(client, 'test-results');
const vsix = process.argv[2];
const node24 = required('AGENTMD_E2E_NODE24');
const codeServer = required('AGENTMD_E2E_CODE_SERVER');
const chromiumPath = process.env.AGENTMD_E2E_CHROMIUM ?? '/usr/bin/chromium';

const BAD_AGENT = `---
name: bad
description: Reviews code for bugs. Use it after every change.
modle: opus
---
You review the code you are given and report bugs with file and line.
`;

const USER_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.tips.enabled': false,
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'update.mode': 'none',
  'chat.disableAIFeatures': true,
  'editor.wordBasedSuggestions': 'off',
  'editor.hover.above': false,
  'agentmd.trace.server': 'messages',
  // Raised from the default warning, to see that settings reach the server from the start.
  'agentmd.rules': { 'schema/unknown-key': 'error' },
};

const started = Date.now();
const elapsed = () => `${((Date.now() - started) / 1000).toFixed(1)} s`;
const step = (text) => console.log(`e2e [${elapsed()}] ${text}`);

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'agentmd-e2e-'));
const home = path.join(scratch, 'home');
const userData = path.join(scratch, 'user-data');
const extensions = path.join(scratch, 'extensions');
const workspace = path.join(scratch, 'workspace');
const codeServerLog = path.join(results, 'code-server.log');
const env = {
  ...process.env,
  PATH: `${path.join(node24, 'bin')}${path.delimiter}${process.env.PATH}`,
  // code-server writes its config and state under HOME and XDG_*: keep them in the scratch folder.
  HOME: home,
  XDG_CONFIG_HOME: path.join(home, '.config'),
  XDG_DATA_HOME: path.join(home, '.local', 'share'),
  XDG_CACHE_HOME: path.join(home, '.cache'),
};

let server; // the code-server process (leader of its own process group)
let browser;
let failed = false;
let passed = 0;

try {
  fs.mkdirSync(results, { recursive: true });
  prepareWorkspace();
  installExtension();
  const port = await freePort();
  await startCodeServer(port);
  browser = await chromium.launchPersistentContext(path.join(scratch, 'chromium'), {
    executablePath: chromiumPath,
    headless: true,
    env, // Chromium keeps crash reports under $HOME/.config even with its own profile folder.
    viewport: { width: 1400, height: 860 },
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  const page = browser.pages()[0] ?? (await browser.newPage());
  page.on('pageerror', (error) => console.log(`[page error] ${String(error).slice(0, 200)}`));

  await page.goto(`http://127.0.0.1:${port}/?folder=${encodeURIComponent(workspace)}`);
  await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  step('workbench is up');

  await quickOpen(page, 'bad.md');
  await page.locator('.monaco-editor .view-line', { hasText: 'modle: opus' }).waitFor({ timeout: 30_000 });
  step('bad.md is open');

  // 1. The defect is underlined, and listed in Problems with the server's message, at the level
  //    the user settings give it (initializationOptions / workspace/configuration).
  await check('diagnostics', async () => {
    await page.locator('.monaco-editor .squiggly-error').first().waitFor({ timeout: 60_000 });
    step('squiggle shown');
    await page.keyboard.press('Control+Shift+M');
    const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'Unknown key' }).first();
    await problem.waitFor({ timeout: 30_000 });
    const text = (await problem.innerText()).replace(/\s+/g, ' ').trim();
    step(`Problems: ${text}`);
    expect(
      /modle/.test(text) && /Did you mean .?model/.test(text),
      'the Problems entry names `modle` and suggests `model`',
    );
    expect(/agentmd ?\(?schema\/unknown-key/.test(text), 'the Problems entry carries the source and rule id');
    // The diagnostic's hover over the underlined key, for the screenshot.
    await page
      .locator('.monaco-editor .view-line span', { hasText: /^modle$/ })
      .first()
      .hover();
    await page.locator('.monaco-hover', { hasText: 'Unknown key' }).first().waitFor({ timeout: 10_000 });
    await page.screenshot({ path: path.join(results, 'editor.png') });
    await page.mouse.move(0, 0);
    step('saved test-results/editor.png');
  });

  // 2. Completion after `model: ` on a new frontmatter line offers the model aliases.
  await check('completion', async () => {
    await typeNewLineAfter(page, 'description:', 'model: ');
    const suggestions = await complete(page, 'sonnet');
    step(`completion offers: ${suggestions.join(', ')}`);
    await page.screenshot({ path: path.join(results, 'completion.png') });
    await page.keyboard.press('Escape');
  });

  // 3. A crashed server is restarted (bounded by RestartPolicy) and serves again.
  await check('restart after a crash', async () => {
    const first = serverPids();
    expect(first.length === 1, `exactly one agentmd server runs (found ${first.length})`);
    process.kill(first[0], 'SIGKILL');
    step(`killed the server (pid ${first[0]})`);
    const second = await waitFor(() => serverPids().find((pid) => pid !== first[0]), 30_000, 'a restarted server');
    step(`server restarted (pid ${second})`);
    await waitFor(
      () => /restarting it \(1 of 4 restarts allowed/.test(outputLog()),
      15_000,
      'the restart note in Output › agentmd',
    );
    await page.locator('.monaco-editor .view-line', { hasText: 'model:' }).first().click();
    await page.keyboard.press('End');
    await complete(page, 'sonnet');
    step('the restarted server answers completion');
    await page.keyboard.press('Escape');
  });

  // 4. A settings change reaches the running server: the rule turned off, its problem goes.
  await check('settings change', async () => {
    const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'Unknown key' }).first();
    await problem.waitFor({ timeout: 30_000 });
    writeSettings(path.join(workspace, '.vscode', 'settings.json'), {
      'agentmd.rules': { 'schema/unknown-key': 'off' },
    });
    await problem.waitFor({ state: 'detached', timeout: 30_000 });
    step('schema/unknown-key turned off: its problem is gone');
  });

  // 5. Without a usable Java the user gets an actionable message, and no server runs.
  await check('no usable Java', async () => {
    writeSettings(path.join(userData, 'Machine', 'settings.json'), { 'agentmd.java.home': '/nonexistent/jdk' });
    const toast = page.locator('.notifications-toasts .notification-toast', {
      hasText: 'agentmd.java.home is set to /nonexistent/jdk',
    });
    await toast.waitFor({ timeout: 30_000 });
    await toast.locator('.monaco-button', { hasText: 'Open Settings' }).waitFor({ timeout: 5_000 });
    step(`notification: ${(await toast.innerText()).replace(/\s+/g, ' ').trim().slice(0, 200)}`);
    await waitFor(() => serverPids().length === 0, 15_000, 'the server to stop');
    await page.screenshot({ path: path.join(results, 'no-java.png') });
  });

  console.log(`e2e: ${passed} passed, 0 failed`);
  console.log(`e2e: done in ${elapsed()}`);
} catch (error) {
  failed = true;
  console.error(`e2e: FAILED after ${elapsed()}: ${error instanceof Error ? error.stack : error}`);
  console.log(`e2e: ${passed} passed, 1 failed`);
  await browser
    ?.pages()[0]
    ?.screenshot({ path: path.join(results, 'failure.png') })
    .catch(() => undefined);
  copyServerLogs();
} finally {
  await browser?.close().catch(() => undefined);
  await stopCodeServer();
  fs.rmSync(scratch, { recursive: true, force: true });
}
process.exit(failed ? 1 : 0);

function required(name) {
  const value = process.env[name];
  if (!value) {
    console.error(`e2e: ${name} is not set; run scripts/e2e.sh`);
    process.exit(2);
  }
  return value;
}

function expect(condition, what) {
  if (!condition) {
    throw new Error(`expected ${what}`);
  }
}

function prepareWorkspace() {
  const agents = path.join(workspace, '.claude', 'agents');
  fs.mkdirSync(agents, { recursive: true });
  fs.writeFileSync(path.join(agents, 'bad.md'), BAD_AGENT);
  fs.mkdirSync(home, { recursive: true });
  writeSettings(path.join(userData, 'User', 'settings.json'), USER_SETTINGS);
}

/** Writes a settings file; VS Code watches it, as it does when a user edits it. */
function writeSettings(file, settings) {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, JSON.stringify(settings, null, 2));
}

/** Everything the extension wrote to Output › agentmd so far (VS Code keeps it in a log file). */
function outputLog() {
  const logs = path.join(userData, 'logs');
  if (!fs.existsSync(logs)) {
    return '';
  }
  return fs
    .readdirSync(logs, { recursive: true })
    .map(String)
    .filter((name) => name.endsWith('-agentmd.log'))
    .map((name) => fs.readFileSync(path.join(logs, name), 'utf8'))
    .join('\n');
}

/** Runs one named check; the summary line counts them. */
async function check(name, body) {
  await body();
  passed++;
  step(`ok: ${name}`);
}

function installExtension() {
  const result = spawnSync(
    codeServer,
    ['--install-extension', vsix, '--user-data-dir', userData, '--extensions-dir', extensions],
    { env, encoding: 'utf8', timeout: 60_000 },
  );
  if (result.status !== 0) {
    throw new Error(`installing ${vsix} failed (${result.status ?? result.signal}):\n${result.stdout}${result.stderr}`);
  }
  step(`installed ${path.basename(vsix)}`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = net.createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

async function startCodeServer(port) {
  const out = fs.openSync(codeServerLog, 'w');
  server = spawn(
    codeServer,
    [
      '--bind-addr',
      `127.0.0.1:${port}`,
      '--auth',
      'none',
      '--disable-telemetry',
      '--disable-update-check',
      '--disable-workspace-trust',
      '--disable-getting-started-override',
      '--user-data-dir',
      userData,
      '--extensions-dir',
      extensions,
      workspace,
    ],
    { env, detached: true, stdio: ['ignore', out, out] },
  );
  fs.closeSync(out);
  const exited = new Promise((resolve) => server.once('exit', resolve));
  await waitFor(
    async () => (await healthy(port)) || (server.exitCode !== null && 'exited'),
    60_000,
    'code-server to listen',
  );
  if (server.exitCode !== null) {
    throw new Error(`code-server exited with ${server.exitCode}; see ${codeServerLog}`);
  }
  server.exited = exited;
  step(`code-server listens on 127.0.0.1:${port}`);
}

function healthy(port) {
  return new Promise((resolve) => {
    const request = http.get({ host: '127.0.0.1', port, path: '/healthz', timeout: 2_000 }, (response) => {
      response.resume();
      resolve(response.statusCode === 200);
    });
    request.on('error', () => resolve(false));
    request.on('timeout', () => {
      request.destroy();
      resolve(false);
    });
  });
}

/** Stops code-server and everything it started (extension host, language server): its process group. */
async function stopCodeServer() {
  if (!server || server.exitCode !== null || server.signalCode !== null) {
    return;
  }
  const group = -server.pid;
  try {
    process.kill(group, 'SIGTERM');
  } catch {
    return;
  }
  const done = await Promise.race([
    server.exited ?? new Promise((resolve) => server.once('exit', resolve)),
    new Promise((resolve) => setTimeout(() => resolve('timeout'), 10_000).unref()),
  ]);
  if (done === 'timeout') {
    try {
      process.kill(group, 'SIGKILL');
    } catch {
      // Already gone.
    }
  }
  // The language server exits by itself when its client does; make sure of it.
  await waitFor(() => serverPids().length === 0, 10_000, 'the language server to exit').catch((error) => {
    console.error(`e2e: ${error.message}; killing ${serverPids().join(' ')}`);
    serverPids().forEach((pid) => process.kill(pid, 'SIGKILL'));
  });
}

/** The language servers this test started: java processes running the jar inside our extensions dir. */
function serverPids() {
  const pids = [];
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) {
      continue;
    }
    let cmdline;
    try {
      cmdline = fs.readFileSync(`/proc/${entry}/cmdline`, 'utf8');
    } catch {
      continue;
    }
    const args = cmdline.split('\0');
    if (
      args.some((arg) => arg.startsWith(extensions) && arg.endsWith(`${path.sep}agentmd.jar`)) &&
      args.includes('lsp')
    ) {
      pids.push(Number(entry));
    }
  }
  return pids;
}

/** Polls `probe` until it returns something truthy, at most `timeout` ms. */
async function waitFor(probe, timeout, what) {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value) {
      return value;
    }
    if (Date.now() > deadline) {
      throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
}

/** Ctrl+P, the file name, Enter. Retries the shortcut until the workbench takes keyboard input. */
async function quickOpen(page, name) {
  const input = page.locator('.quick-input-widget input');
  await waitFor(
    async () => {
      if (await input.isVisible()) {
        return true;
      }
      await page.keyboard.press('Control+P');
      return input.waitFor({ state: 'visible', timeout: 1_000 }).then(
        () => true,
        () => false,
      );
    },
    30_000,
    'quick open',
  );
  await input.fill(name);
  await page.locator('.quick-input-widget .monaco-list-row', { hasText: name }).first().waitFor({ timeout: 15_000 });
  await page.keyboard.press('Enter');
}

/** Puts the cursor at the end of the line containing `anchor`, opens a new line and types `text`. */
async function typeNewLineAfter(page, anchor, text) {
  await page.locator('.monaco-editor .view-line', { hasText: anchor }).first().click();
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
  await page.locator('.monaco-editor .view-line', { hasText: text.trim() }).first().waitFor({ timeout: 10_000 });
}

/** Ctrl+Space until the suggest widget lists `label`; returns every label it shows. */
async function complete(page, label) {
  const row = page.locator('.suggest-widget .monaco-list-row', { hasText: label }).first();
  await waitFor(
    async () => {
      if (await row.isVisible()) {
        return true;
      }
      await page.keyboard.press('Control+Space');
      return row.waitFor({ state: 'visible', timeout: 3_000 }).then(
        () => true,
        () => false,
      );
    },
    30_000,
    `"${label}" in the suggest widget`,
  );
  return page.locator('.suggest-widget .monaco-list-row .label-name').allInnerTexts();
}

/** On failure: the extension's output channel and the window log, next to the screenshots. */
function copyServerLogs() {
  const logs = path.join(userData, 'logs');
  if (!fs.existsSync(logs)) {
    return;
  }
  for (const file of fs.readdirSync(logs, { recursive: true })) {
    const name = String(file);
    if (/agentmd|exthost\.log|window\.log|remoteexthost\.log/.test(path.basename(name))) {
      const target = path.join(results, `log-${name.replace(/[\\/]/g, '_')}`);
      fs.copyFileSync(path.join(logs, name), target);
      console.error(`e2e: saved ${target}`);
    }
  }
}
