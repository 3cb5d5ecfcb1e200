package dev.agentmd.lsp.handlers;

/**
 * How a client gets its diagnostics: pushed after each change ({@link PushDiagnostics}) or pulled
 * with {@code textDocument/diagnostic} ({@link PullDiagnostics}). A session uses exactly one, so no
 * client gets both.
 */
public sealed interface DiagnosticsMode permits PushDiagnostics, PullDiagnostics {

  /** A document was opened or changed. */
  void changed(String uri);

  /** A document was closed. */
  void closed(String uri);

  /** The settings changed, so every open document may have other findings now. */
  void settingsChanged();

  /** The server is stopping. */
  void stop();
}
