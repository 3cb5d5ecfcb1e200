package dev.agentmd.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.util.List;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.ServerCapabilities;
import org.eclipse.lsp4j.TextDocumentSyncKind;
import org.junit.jupiter.api.Test;

class LifecycleTest {

  @Test
  void aPushClientIsOfferedTheImplementedFeaturesButNoDiagnosticProvider() {
    try (LspSession session = LspSession.start()) {
      InitializeResult result = session.initialize(Clients.bare().build(), null);
      ServerCapabilities capabilities = result.getCapabilities();
      assertEquals("agentmd", result.getServerInfo().getName());
      assertEquals("utf-16", capabilities.getPositionEncoding());
      assertEquals(TextDocumentSyncKind.Incremental, capabilities.getTextDocumentSync().getRight().getChange());
      assertTrue(capabilities.getTextDocumentSync().getRight().getOpenClose());
      assertEquals(
          List.of(CodeActionKind.QuickFix, "source.fixAll.agentmd"),
          capabilities.getCodeActionProvider().getRight().getCodeActionKinds());
      assertEquals(List.of(":", " ", ","), capabilities.getCompletionProvider().getTriggerCharacters());
      assertFalse(capabilities.getCompletionProvider().getResolveProvider());
      assertTrue(capabilities.getHoverProvider().getLeft());
      assertTrue(capabilities.getDocumentSymbolProvider().getLeft());
      assertTrue(capabilities.getFoldingRangeProvider().getLeft());
      assertNull(capabilities.getDiagnosticProvider());
      assertNull(capabilities.getRenameProvider());
      assertNull(capabilities.getDocumentFormattingProvider());
      assertNull(capabilities.getDefinitionProvider());
    }
  }

  @Test
  void aPullClientIsOfferedADiagnosticProvider() {
    try (LspSession session = LspSession.start()) {
      ServerCapabilities capabilities = session.initialize(Clients.bare().pullDiagnostics().build(), null).getCapabilities();
      assertNotNull(capabilities.getDiagnosticProvider());
      assertEquals("agentmd", capabilities.getDiagnosticProvider().getIdentifier());
      assertFalse(capabilities.getDiagnosticProvider().isInterFileDependencies());
      assertFalse(capabilities.getDiagnosticProvider().isWorkspaceDiagnostics());
    }
  }

  @Test
  void exitAfterShutdownEndsTheServerWithCodeZero() {
    try (LspSession session = LspSession.initialized(Clients.bare().build())) {
      assertEquals(0, session.shutdownAndExit());
    }
  }

  @Test
  void exitWithoutShutdownEndsTheServerWithCodeOne() {
    try (LspSession session = LspSession.initialized(Clients.bare().build())) {
      session.server.exit();
      assertEquals(1, LspSession.get(session.exitCode()));
    }
  }

  @Test
  void theServerEndsWhenTheClientClosesTheStream() {
    try (LspSession session = LspSession.initialized(Clients.bare().build())) {
      session.disconnect();
      assertEquals(1, LspSession.get(session.exitCode()));
    }
  }

  @Test
  void theServerEndsWhenTheClientProcessDies() throws IOException {
    Process editor;
    try {
      editor = new ProcessBuilder("cat").start();
    } catch (IOException e) {
      assumeTrue(false, "no `cat` to stand in for the editor process");
      return;
    }
    try (LspSession session = LspSession.start()) {
      InitializeParams params = new InitializeParams();
      params.setCapabilities(Clients.bare().build());
      params.setProcessId((int) editor.pid());
      session.initialize(params);
      assertFalse(session.exitCode().isDone());
      editor.getOutputStream().close(); // `cat` exits at the end of its input
      assertEquals(1, LspSession.get(session.exitCode()));
    } finally {
      editor.destroy();
    }
  }
}
