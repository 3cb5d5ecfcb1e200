package dev.agentmd.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.analysis.SourceDocument;
import dev.agentmd.core.config.Settings;
import dev.agentmd.core.kind.FileKind;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.junit.jupiter.api.Test;

class DiagnosticsTest {

  static final String TYPO =
      """
      ---
      name: reviewer
      description: Reviews code.
      modle: opus
      ---
      Review the diff.
      """;

  static final String CLEAN = TYPO.replace("modle", "model");

  static List<String> codes(PublishDiagnosticsParams params) {
    return params.getDiagnostics().stream().map(d -> d.getCode().getLeft()).toList();
  }

  @Test
  void openingAnAgentFilePublishesItsFindings() {
    try (LspSession session = LspSession.initialized(Clients.bare().build())) {
      String uri = LspSession.agentUri("reviewer.md");
      session.open(uri, TYPO);
      PublishDiagnosticsParams published = session.client.awaitDiagnostics(uri, p -> true);
      assertEquals(1, published.getVersion());
      assertEquals(List.of("schema/unknown-key"), codes(published));
      Diagnostic diagnostic = published.getDiagnostics().get(0);
      assertEquals(new Range(new Position(3, 0), new Position(3, 5)), diagnostic.getRange());
      assertEquals(DiagnosticSeverity.Warning, diagnostic.getSeverity());
      assertEquals("agentmd", diagnostic.getSource());
      assertEquals(
          "https://github.com/agentmd/agentmd/blob/main/docs/rules/schema/unknown-key.md",
          diagnostic.getCodeDescription().getHref());
      assertTrue(diagnostic.getMessage().getLeft().contains("Did you mean `model`?"));
    }
  }

  @Test
  void aChangePublishesTheFindingsOfTheNewVersion() {
    try (LspSession session = LspSession.initialized(Clients.bare().build())) {
      String uri = LspSession.agentUri("reviewer.md");
      session.open(uri, TYPO);
      session.client.awaitDiagnostics(uri, p -> p.getVersion() == 1);
      session.replaceAll(uri, 2, CLEAN);
      PublishDiagnosticsParams published = session.client.awaitDiagnostics(uri, p -> p.getVersion() == 2);
      assertEquals(List.of(), codes(published));
    }
  }

  @Test
  void closingADocumentClearsItsDiagnostics() {
    try (LspSession session = LspSession.initialized(Clients.bare().build())) {
      String uri = LspSession.agentUri("reviewer.md");
      session.open(uri, TYPO);
      session.client.awaitDiagnostics(uri, p -> !p.getDiagnostics().isEmpty());
      session.close(uri);
      PublishDiagnosticsParams cleared = session.client.awaitDiagnostics(uri, p -> true);
      assertEquals(List.of(), cleared.getDiagnostics());
    }
  }

  @Test
  void anOrdinaryMarkdownFileGetsNoDiagnostics() {
    try (LspSession session = LspSession.initialized(Clients.bare().build())) {
      String notes = LspSession.markdownUri("notes.md");
      String agent = LspSession.agentUri("reviewer.md");
      session.open(notes, TYPO);
      session.open(agent, TYPO);
      // Validation runs in order on one thread: once the agent's result is here, the notes' would be too.
      session.client.awaitDiagnostics(agent, p -> true);
      session.close(notes);
      session.close(agent);
      session.client.awaitDiagnostics(agent, p -> p.getDiagnostics().isEmpty());
      assertTrue(session.client.allDiagnostics.stream().noneMatch(p -> p.getUri().equals(notes)));
    }
  }

  @Test
  void aPullClientGetsDiagnosticsOnRequestAndNeverPushed() {
    try (LspSession session = LspSession.initialized(Clients.bare().pullDiagnostics().build())) {
      String uri = LspSession.agentUri("reviewer.md");
      session.open(uri, TYPO);
      DocumentDiagnosticReport report =
          LspSession.get(session.server.getTextDocumentService().diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(uri))));
      List<Diagnostic> diagnostics = report.getRelatedFullDocumentDiagnosticReport().getItems();
      assertEquals("schema/unknown-key", diagnostics.get(0).getCode().getLeft());
      session.shutdownAndExit();
      assertTrue(session.client.allDiagnostics.isEmpty());
    }
  }

  /** Holds every analysis until the test opens the gate, and counts them. */
  static final class GatedEngine extends ForwardingEngine {
    final CountDownLatch gate = new CountDownLatch(1);
    final AtomicInteger analyses = new AtomicInteger();

    @Override
    public AnalysisResult analyze(SourceDocument document, FileKind kind, Settings settings) {
      analyses.incrementAndGet();
      try {
        gate.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return super.analyze(document, kind, settings);
    }
  }

  @Test
  void aBurstOfAThousandChangesIsAnalysedOnceAndEndsWithTheDiagnosticsOfTheFinalText() {
    GatedEngine engine = new GatedEngine();
    try (LspSession session = LspSession.start(engine)) {
      session.initialize(Clients.bare().build(), null);
      String uri = LspSession.agentUri("reviewer.md");
      session.open(uri, CLEAN); // its analysis now waits at the gate
      for (int version = 2; version <= 1001; version++) {
        session.replaceAll(uri, version, version % 2 == 0 ? TYPO : CLEAN);
      }
      session.replaceAll(uri, 1002, TYPO);
      // A request is handled after every notification sent before it: all changes are stored now.
      FeaturesTest.folds(session, uri);
      engine.gate.countDown();
      PublishDiagnosticsParams last = session.client.awaitDiagnostics(uri, p -> true);
      assertEquals(1002, last.getVersion());
      assertEquals(List.of("schema/unknown-key"), codes(last));
      // A second document is validated after anything still queued for the first.
      String barrier = LspSession.agentUriIn("barrier", "reviewer.md");
      session.open(barrier, CLEAN);
      session.client.awaitDiagnostics(barrier, p -> true);
      assertEquals(List.of(1002), session.client.allDiagnostics.stream().filter(p -> p.getUri().equals(uri)).map(PublishDiagnosticsParams::getVersion).toList());
      assertEquals(3, engine.analyses.get(), "version 1 (dropped as stale), version 1002, and the barrier");
    }
  }

  @Test
  void duplicateAndOutOfOrderVersionsAreIgnored() {
    try (LspSession session = LspSession.initialized(Clients.bare().build())) {
      String uri = LspSession.agentUri("reviewer.md");
      session.open(uri, TYPO);
      session.replaceAll(uri, 3, CLEAN);
      session.replaceAll(uri, 3, TYPO); // duplicate
      session.replaceAll(uri, 2, TYPO); // out of order
      session.client.awaitLog(message -> message.contains("ignored change 2"));
      String barrier = LspSession.agentUriIn("barrier", "reviewer.md");
      session.open(barrier, CLEAN);
      session.client.awaitDiagnostics(barrier, p -> true);
      PublishDiagnosticsParams last =
          session.client.allDiagnostics.stream().filter(p -> p.getUri().equals(uri)).reduce((a, b) -> b).orElseThrow();
      assertEquals(3, last.getVersion());
      assertEquals(List.of(), codes(last));
    }
  }
}
