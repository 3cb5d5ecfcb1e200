// Entry point: wires the commands and settings to the server controller. Activation does no I/O
// and never waits for Java or the server, so it cannot slow down VS Code's start-up.
import * as vscode from 'vscode';
import { ServerController } from './controller';

let controller: ServerController | undefined;

export function activate(context: vscode.ExtensionContext): void {
  const output = vscode.window.createOutputChannel('agentmd');
  const server = new ServerController(context, output);
  controller = server;
  context.subscriptions.push(
    output,
    server,
    vscode.commands.registerCommand('agentmd.restartServer', () => server.restart()),
    vscode.commands.registerCommand('agentmd.showOutput', () => output.show(true)),
    vscode.workspace.onDidChangeConfiguration((event) => server.configurationChanged(event)),
  );
  server.startWhenNeeded();
}

export function deactivate(): Promise<void> | undefined {
  const stopping = controller?.stop();
  controller = undefined;
  return stopping;
}
