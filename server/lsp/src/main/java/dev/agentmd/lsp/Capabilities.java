package dev.agentmd.lsp;

import dev.agentmd.lsp.convert.LspConverter;
import dev.agentmd.lsp.handlers.CodeActionKinds;
import dev.agentmd.lsp.session.ClientProfile;
import java.util.List;
import org.eclipse.lsp4j.CodeActionOptions;
import org.eclipse.lsp4j.CompletionOptions;
import org.eclipse.lsp4j.DiagnosticRegistrationOptions;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.eclipse.lsp4j.TextDocumentSyncOptions;

/**
 * What {@code initialize} advertises: exactly the features the server implements, shaped by the
 * client's profile (its position encoding; a diagnostic provider only for clients that pull).
 */
final class Capabilities {

  /**
   * Where a list should open without a typed letter: after {@code key:}, after the space that
   * follows it or a {@code - } item marker, and after a comma in a tool list. In the body these
   * requests are cheap and answered with an empty list.
   */
  static final List<String> TRIGGER_CHARACTERS = List.of(":", " ", ",");

  private Capabilities() {}

  static ServerCapabilities of(ClientProfile profile, LspConverter converter) {
    ServerCapabilities capabilities = new ServerCapabilities();
    capabilities.setPositionEncoding(converter.encodingName());
    TextDocumentSyncOptions sync = new TextDocumentSyncOptions();
    sync.setOpenClose(true);
    sync.setChange(TextDocumentSyncKind.Incremental);
    capabilities.setTextDocumentSync(sync);
    capabilities.setCompletionProvider(new CompletionOptions(false, TRIGGER_CHARACTERS));
    capabilities.setHoverProvider(true);
    capabilities.setCodeActionProvider(new CodeActionOptions(CodeActionKinds.ALL));
    capabilities.setDocumentSymbolProvider(true);
    capabilities.setFoldingRangeProvider(true);
    if (profile.pullDiagnostics()) {
      DiagnosticRegistrationOptions diagnostics = new DiagnosticRegistrationOptions(false, false);
      diagnostics.setIdentifier(LspConverter.SOURCE);
      capabilities.setDiagnosticProvider(diagnostics);
    }
    return capabilities;
  }
}
