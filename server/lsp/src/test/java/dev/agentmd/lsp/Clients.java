package dev.agentmd.lsp;

import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CompletionCapabilities;
import org.eclipse.lsp4j.CompletionItemCapabilities;
import org.eclipse.lsp4j.DiagnosticCapabilities;
import org.eclipse.lsp4j.DiagnosticWorkspaceCapabilities;
import org.eclipse.lsp4j.DidChangeConfigurationCapabilities;
import org.eclipse.lsp4j.DidChangeWatchedFilesCapabilities;
import org.eclipse.lsp4j.DocumentSymbolCapabilities;
import org.eclipse.lsp4j.GeneralClientCapabilities;
import org.eclipse.lsp4j.TextDocumentClientCapabilities;
import org.eclipse.lsp4j.WorkspaceClientCapabilities;
import org.eclipse.lsp4j.WorkspaceEditCapabilities;

/** Client capabilities as tests need them: start from a bare client and add what a test is about. */
final class Clients {

  private final ClientCapabilities capabilities = new ClientCapabilities();

  private Clients() {
    capabilities.setGeneral(new GeneralClientCapabilities());
    capabilities.setTextDocument(new TextDocumentClientCapabilities());
    capabilities.setWorkspace(new WorkspaceClientCapabilities());
  }

  /** A client that declares nothing (like Neovim 0.7): UTF-16, pushed diagnostics. */
  static Clients bare() {
    return new Clients();
  }

  Clients pullDiagnostics() {
    capabilities.getTextDocument().setDiagnostic(new DiagnosticCapabilities());
    capabilities.getWorkspace().setDiagnostics(new DiagnosticWorkspaceCapabilities(true));
    return this;
  }

  Clients encodings(String... preferred) {
    capabilities.getGeneral().setPositionEncodings(List.of(preferred));
    return this;
  }

  Clients documentChanges(String... resourceOperations) {
    WorkspaceEditCapabilities edits = new WorkspaceEditCapabilities();
    edits.setDocumentChanges(true);
    edits.setResourceOperations(List.of(resourceOperations));
    capabilities.getWorkspace().setWorkspaceEdit(edits);
    return this;
  }

  Clients configurationPull() {
    capabilities.getWorkspace().setConfiguration(true);
    capabilities.getWorkspace().setDidChangeConfiguration(new DidChangeConfigurationCapabilities(true));
    return this;
  }

  Clients watchedFiles() {
    capabilities.getWorkspace().setDidChangeWatchedFiles(new DidChangeWatchedFilesCapabilities(true));
    return this;
  }

  Clients hierarchicalSymbols() {
    DocumentSymbolCapabilities symbols = new DocumentSymbolCapabilities();
    symbols.setHierarchicalDocumentSymbolSupport(true);
    capabilities.getTextDocument().setDocumentSymbol(symbols);
    return this;
  }

  Clients snippets() {
    CompletionItemCapabilities item = new CompletionItemCapabilities();
    item.setSnippetSupport(true);
    capabilities.getTextDocument().setCompletion(new CompletionCapabilities(item));
    return this;
  }

  ClientCapabilities build() {
    return capabilities;
  }
}
