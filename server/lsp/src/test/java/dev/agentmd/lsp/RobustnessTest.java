package dev.agentmd.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentmd.core.features.HoverInfo;
import dev.agentmd.core.schema.KindSchema;
import dev.agentmd.core.syntax.ParsedFile;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.junit.jupiter.api.Test;

class RobustnessTest {

  static final Position NAME = new Position(1, 1);

  @Test
  void requestsForDocumentsThatAreNotOpenGetEmptyAnswers() {
    try (LspSession session = LspSession.initialized(Clients.bare().pullDiagnostics().hierarchicalSymbols().build())) {
      String closed = LspSession.agentUri("closed.md");
      session.open(closed, DiagnosticsTest.TYPO);
      session.close(closed);
      for (String uri : List.of(LspSession.agentUri("never-opened.md"), closed, "untitled:Untitled-1", "not a uri")) {
        assertEquals(List.of(), FeaturesTest.complete(session, uri, NAME));
        assertNull(FeaturesTest.hover(session, uri, NAME));
        assertEquals(List.of(), FeaturesTest.symbols(session, uri));
        assertEquals(List.of(), FeaturesTest.folds(session, uri));
        assertEquals(List.of(), CodeActionTest.actions(session, uri, CodeActionTest.whole(), null));
        var report = LspSession.get(session.server.getTextDocumentService().diagnostic(new DocumentDiagnosticParams(new TextDocumentIdentifier(uri))));
        assertEquals(List.of(), report.getRelatedFullDocumentDiagnosticReport().getItems());
      }
    }
  }

  @Test
  void aChangeToADocumentThatIsNotOpenIsLoggedAndIgnored() {
    try (LspSession session = LspSession.initialized(Clients.bare().build())) {
      String uri = LspSession.agentUri("never-opened.md");
      session.replaceAll(uri, 2, DiagnosticsTest.TYPO);
      session.client.awaitLog(message -> message.contains("not open"));
      session.open(uri, DiagnosticsTest.CLEAN);
      assertEquals(1, session.client.awaitDiagnostics(uri, p -> true).getVersion());
    }
  }

  @Test
  void positionsOutsideTheTextAreClampedNotFatal() {
    try (LspSession session = LspSession.initialized(Clients.bare().build())) {
      String uri = LspSession.agentUri("reviewer.md");
      session.open(uri, DiagnosticsTest.TYPO);
      FeaturesTest.complete(session, uri, new Position(999, 999));
      FeaturesTest.hover(session, uri, new Position(3, 999));
      CodeActionTest.actions(session, uri, new Range(new Position(50, 3), new Position(2, 1)), null);
      session.change(uri, 2, new TextDocumentContentChangeEvent(new Range(new Position(90, 0), new Position(99, 4)), "\nextra: 1\n"));
      assertFalse(session.client.awaitDiagnostics(uri, p -> p.getVersion() == 2).getDiagnostics().isEmpty());
    }
  }

  /** An engine whose hover fails, as a bug in a feature would. */
  static final class ThrowingHover extends ForwardingEngine {
    @Override
    public Optional<HoverInfo> hover(ParsedFile file, KindSchema schema, int offset) {
      throw new IllegalStateException("hover is broken");
    }
  }

  @Test
  void aFeatureThatThrowsIsAnsweredWithAnErrorAndTheServerCarriesOn() {
    try (LspSession session = LspSession.start(new ThrowingHover())) {
      session.initialize(Clients.bare().build(), null);
      String uri = LspSession.agentUri("reviewer.md");
      session.open(uri, DiagnosticsTest.TYPO);
      CompletableFuture<Hover> failed =
          session.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), NAME));
      ExecutionException error = assertThrows(ExecutionException.class, () -> failed.get(TestClient.TIMEOUT_SECONDS, TimeUnit.SECONDS));
      ResponseErrorException response = assertInstanceOf(ResponseErrorException.class, error.getCause());
      assertEquals(ResponseErrorCode.InternalError.getValue(), response.getResponseError().getCode());
      assertTrue(response.getResponseError().getMessage().contains("hover is broken"));
      session.client.awaitLog(message -> message.contains("hover failed"));
      assertFalse(FeaturesTest.folds(session, uri).isEmpty());
      assertEquals(List.of("schema/unknown-key"), DiagnosticsTest.codes(session.client.awaitDiagnostics(uri, p -> true)));
      assertEquals(1, CodeActionTest.actions(session, uri, CodeActionTest.at(3, 1), List.of("quickfix")).size());
    }
  }

  /** An engine whose hover waits until the test lets it go. */
  static final class BlockingHover extends ForwardingEngine {
    final CountDownLatch started = new CountDownLatch(1);
    final CountDownLatch release = new CountDownLatch(1);

    @Override
    public Optional<HoverInfo> hover(ParsedFile file, KindSchema schema, int offset) {
      started.countDown();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      return super.hover(file, schema, offset);
    }
  }

  @Test
  void aCancelledRequestIsAnsweredAsCancelledAndTheServerCarriesOn() throws InterruptedException {
    BlockingHover engine = new BlockingHover();
    try (LspSession session = LspSession.start(engine)) {
      session.initialize(Clients.bare().build(), null);
      String uri = LspSession.agentUri("reviewer.md");
      session.open(uri, DiagnosticsTest.TYPO);
      CompletableFuture<Hover> pending =
          session.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), NAME));
      assertTrue(engine.started.await(TestClient.TIMEOUT_SECONDS, TimeUnit.SECONDS));
      pending.cancel(true); // sends $/cancelRequest
      ResponseMessage answer =
          TestClient.await(session.responses, r -> r.getError() != null, "the cancelled request's answer");
      assertEquals(ResponseErrorCode.RequestCancelled.getValue(), answer.getError().getCode());
      engine.release.countDown();
      assertNotNull(FeaturesTest.hover(session, uri, NAME));
    }
  }

  @Test
  void aOneMegabyteDocumentIsCheckedAndServed() {
    StringBuilder text = new StringBuilder(DiagnosticsTest.TYPO);
    for (int i = 0; text.length() < 1_000_000; i++) {
      text.append(i % 50 == 0 ? "## Section " + i + "\n" : "Line " + i + " of a long system prompt, with ünïcödé and 🎉.\n");
    }
    try (LspSession session = LspSession.initialized(Clients.bare().build())) {
      String uri = LspSession.agentUri("reviewer.md");
      session.open(uri, text.toString());
      assertEquals(List.of("schema/unknown-key"), DiagnosticsTest.codes(session.client.awaitDiagnostics(uri, p -> true)));
      int lastLine = (int) text.chars().filter(c -> c == '\n').count();
      session.change(
          uri, 2,
          new TextDocumentContentChangeEvent(new Range(new Position(lastLine, 0), new Position(lastLine, 0)), "The end.\n"),
          new TextDocumentContentChangeEvent(new Range(new Position(3, 0), new Position(3, 5)), "model"));
      assertEquals(List.of(), DiagnosticsTest.codes(session.client.awaitDiagnostics(uri, p -> p.getVersion() == 2)));
      assertNotNull(FeaturesTest.hover(session, uri, NAME));
      assertTrue(FeaturesTest.symbols(session, uri).size() > 100);
      assertTrue(FeaturesTest.folds(session, uri).size() > 100);
    }
  }
}
