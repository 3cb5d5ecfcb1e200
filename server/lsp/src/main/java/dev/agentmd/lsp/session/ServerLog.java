package dev.agentmd.lsp.session;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.Locale;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The server's log: every line goes to the log stream (stderr) and, once a client is connected, to
 * the client as {@code window/logMessage}. Never to stdout, which carries only JSON-RPC.
 */
public final class ServerLog {

  private final PrintStream stream;
  private volatile LanguageClient client;

  public ServerLog(PrintStream stream) {
    this.stream = stream;
  }

  public void connect(LanguageClient connected) {
    this.client = connected;
  }

  public void info(String message) {
    log(MessageType.Info, message);
  }

  public void warning(String message) {
    log(MessageType.Warning, message);
  }

  public void error(String message, Throwable error) {
    StringWriter trace = new StringWriter();
    error.printStackTrace(new PrintWriter(trace));
    log(MessageType.Error, message + "\n" + trace);
  }

  private void log(MessageType type, String message) {
    synchronized (stream) {
      stream.println("[agentmd " + type.name().toLowerCase(Locale.ROOT) + "] " + message);
      stream.flush();
    }
    LanguageClient current = client;
    if (current != null) {
      try {
        current.logMessage(new MessageParams(type, message));
      } catch (RuntimeException e) {
        // The connection is gone (the client exited); the stream copy above is all we can do.
      }
    }
  }
}
