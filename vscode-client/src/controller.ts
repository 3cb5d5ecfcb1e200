// When the language server runs: started on the first agent file, restarted on request or when a
// launch setting changes, stopped with the extension. Failures become messages with a way out.
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { createClient } from './client';
import { JAVA_DOWNLOAD_URL, JavaNotFoundError, findJava } from './java';
import { RestartPolicy } from './restartPolicy';
import { DEV_DEBUG_PORT, serverCommand } from './server';
import { RESTART_KEYS, SECTION, documentSelector, launchSettings } from './settings';

export class ServerController implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private starting: Promise<void> | undefined;
  private waiting: vscode.Disposable | undefined;
  private readonly restarts = new RestartPolicy();

  constructor(
    private readonly context: vscode.ExtensionContext,
    private readonly output: vscode.OutputChannel,
  ) {}

  /**
   * Starts the server once an agent file is open, now or later. Markdown files that are not agent
   * files never start a JVM.
   */
  startWhenNeeded(): void {
    if (this.client || this.starting || this.waiting) {
      return;
    }
    if (vscode.workspace.textDocuments.some((document) => this.isAgentFile(document))) {
      void this.start();
      return;
    }
    this.waiting = vscode.workspace.onDidOpenTextDocument((document) => {
      if (this.isAgentFile(document)) {
        this.stopWaiting();
        void this.start();
      }
    });
  }

  /** The command "agentmd: Restart Server": also starts a server that gave up or never ran. */
  async restart(): Promise<void> {
    this.stopWaiting();
    await this.stop();
    this.restarts.reset();
    await this.start();
  }

  /** A launch setting or the file globs changed: a running server needs a new process. */
  async configurationChanged(event: vscode.ConfigurationChangeEvent): Promise<void> {
    if (!RESTART_KEYS.some((key) => event.affectsConfiguration(`${SECTION}.${key}`))) {
      return;
    }
    if (this.client || this.starting) {
      this.output.appendLine('agentmd: a launch setting changed; restarting the language server.');
      await this.restart();
    } else {
      this.stopWaiting();
      this.startWhenNeeded();
    }
  }

  async stop(): Promise<void> {
    await this.starting?.catch(() => undefined);
    const client = this.client;
    this.client = undefined;
    if (client?.needsStop()) {
      await client
        .stop()
        .catch((error: unknown) => this.output.appendLine(`agentmd: stopping the server failed: ${String(error)}`));
    }
  }

  dispose(): void {
    this.stopWaiting();
    void this.stop();
  }

  private start(): Promise<void> {
    this.starting ??= this.launch()
      .catch((error: unknown) => this.fail(`agentmd: the language server did not start: ${describe(error)}`))
      .finally(() => {
        this.starting = undefined;
      });
    return this.starting;
  }

  private async launch(): Promise<void> {
    const config = vscode.workspace.getConfiguration(SECTION);
    const launch = launchSettings(config);
    const jar = this.context.asAbsolutePath('server/agentmd.jar');
    if (!fs.existsSync(jar)) {
      this.fail(
        `agentmd: the extension has no language server (${jar} is missing). Rebuild it with \`npm run package\` in vscode-client.`,
      );
      return;
    }
    let java;
    try {
      java = await findJava({ javaHome: launch.javaHome, env: process.env });
    } catch (error) {
      if (error instanceof JavaNotFoundError) {
        this.output.appendLine(error.message);
        void this.offerJava(error);
        return;
      }
      throw error;
    }
    const development = this.context.extensionMode === vscode.ExtensionMode.Development;
    const command = serverCommand({
      java: java.executable,
      jar,
      vmargs: launch.vmargs,
      debugPort: launch.debugPort ?? (development ? DEV_DEBUG_PORT : undefined),
      debugSuspend: process.env.AGENTMD_SERVER_SUSPEND === 'true',
    });
    this.output.appendLine(
      `agentmd: Java ${java.version} from ${java.source}: ${command.command} ${command.args.join(' ')}`,
    );
    const client = createClient(command, {
      output: this.output,
      restarts: this.restarts,
      onGaveUp: (message) => void this.offerRestart(message),
    });
    this.client = client;
    await client.start();
  }

  private isAgentFile(document: vscode.TextDocument): boolean {
    return vscode.languages.match(documentSelector(vscode.workspace.getConfiguration(SECTION)), document) > 0;
  }

  private stopWaiting(): void {
    this.waiting?.dispose();
    this.waiting = undefined;
  }

  private fail(message: string): void {
    this.output.appendLine(message);
    void vscode.window.showErrorMessage(message, 'Show Output').then((choice) => {
      if (choice) {
        this.output.show(true);
      }
    });
  }

  private async offerJava(error: JavaNotFoundError): Promise<void> {
    const openSettings = 'Open Settings';
    const getJava = 'Get Java';
    const choices = error.reason === 'bad-setting' ? [openSettings] : [getJava, openSettings];
    const choice = await vscode.window.showErrorMessage(error.message, ...choices);
    if (choice === openSettings) {
      await vscode.commands.executeCommand('workbench.action.openSettings', `${SECTION}.java.home`);
    } else if (choice === getJava) {
      await vscode.env.openExternal(vscode.Uri.parse(JAVA_DOWNLOAD_URL));
    }
  }

  private async offerRestart(message: string): Promise<void> {
    const choice = await vscode.window.showErrorMessage(message, 'Show Output', 'Restart Server');
    if (choice === 'Show Output') {
      this.output.show(true);
    } else if (choice === 'Restart Server') {
      await this.restart();
    }
  }
}

function describe(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
