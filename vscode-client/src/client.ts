// The language client's options: which documents, which settings in which shape, what to do when
// the server process dies.
import * as vscode from 'vscode';
import {
  CloseAction,
  DidChangeConfigurationNotification,
  ErrorAction,
  LanguageClient,
  type ErrorHandler,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import type { RestartPolicy } from './restartPolicy';
import type { ServerCommand } from './server';
import { SECTION, documentSelector, initializationOptions, serverSettings } from './settings';

export interface ClientContext {
  readonly output: vscode.OutputChannel;
  readonly restarts: RestartPolicy;
  /** Called once the restart policy gives up, with a message for the user. */
  readonly onGaveUp: (message: string) => void;
}

export function createClient(command: ServerCommand, context: ClientContext): LanguageClient {
  const config = () => vscode.workspace.getConfiguration(SECTION);
  const serverOptions: ServerOptions = { command: command.command, args: command.args, options: { env: command.env } };
  // Settings reach the server in one shape three ways: initializationOptions, the answer to
  // workspace/configuration (which the server asks for after each change) and the change
  // notification itself. Only a real change of that shape is sent, although VS Code reports every
  // configuration change to the server's own registration.
  let lastSent = JSON.stringify(serverSettings(config()));
  let client: LanguageClient | undefined = undefined;
  const clientOptions: LanguageClientOptions = {
    documentSelector: documentSelector(config()),
    outputChannel: context.output,
    initializationOptions: () => {
      const options = initializationOptions(config());
      lastSent = JSON.stringify(options.settings.agentmd);
      return options;
    },
    synchronize: { configurationSection: SECTION },
    middleware: {
      workspace: {
        configuration: async (params, token, next) => {
          const answers = await next(params, token);
          if (!Array.isArray(answers)) {
            return answers;
          }
          return params.items.map((item, i) => (item.section === SECTION ? serverSettings(config()) : answers[i]));
        },
        didChangeConfiguration: async () => {
          const settings = serverSettings(config());
          const json = JSON.stringify(settings);
          if (json === lastSent || !client) {
            return;
          }
          lastSent = json;
          await client.sendNotification(DidChangeConfigurationNotification.type, { settings: { [SECTION]: settings } });
        },
      },
    },
    errorHandler: errorHandler(context),
  };
  client = new LanguageClient(SECTION, 'agentmd', serverOptions, clientOptions);
  return client;
}

function errorHandler(context: ClientContext): ErrorHandler {
  return {
    // A broken message now and then is survivable; a stream of them means the connection is gone.
    error: (_error, _message, count) => ({
      action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown,
    }),
    closed: () => {
      // The client logs the message to the output channel; `handled` keeps it from popping up,
      // since giving up gets a notification of its own, with buttons.
      const decision = context.restarts.crashed();
      if (decision.restart) {
        return { action: CloseAction.Restart, message: decision.message, handled: true };
      }
      context.onGaveUp(decision.message);
      return { action: CloseAction.DoNotRestart, message: decision.message, handled: true };
    },
  };
}
