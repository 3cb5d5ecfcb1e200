package dev.agentmd.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;

class IncrementalSyncTest {

  static TextDocumentContentChangeEvent edit(int line, int from, int toLine, int to, String text) {
    return new TextDocumentContentChangeEvent(new Range(new Position(line, from), new Position(toLine, to)), text);
  }

  @Test
  void severalRangedChangesApplyInOrderEachToTheTextBeforeIt() {
    try (LspSession session = LspSession.initialized(Clients.bare().build())) {
      String uri = LspSession.agentUri("reviewer.md");
      session.open(uri, DiagnosticsTest.TYPO);
      session.client.awaitDiagnostics(uri, p -> p.getVersion() == 1);
      session.change(
          uri,
          2,
          edit(3, 0, 3, 5, "model"), // modle -> model
          edit(2, 13, 2, 13, "🎉 "), // description: 🎉 Reviews code.
          edit(2, 16, 2, 23, "Checks"), // after the emoji (two UTF-16 units): Reviews -> Checks
          edit(4, 3, 5, 0, "\ncolor: pruple\n---\n"), // a new key, and a new closing fence
          edit(4, 0, 5, 0, "")); // the old closing fence's line goes
      String expected =
          """
          ---
          name: reviewer
          description: 🎉 Checks code.
          model: opus
          color: pruple
          ---
          Review the diff.
          """;
      List<Diagnostic> incremental = session.client.awaitDiagnostics(uri, p -> p.getVersion() == 2).getDiagnostics();
      String reference = LspSession.agentUriIn("reference", "reviewer.md");
      session.open(reference, expected);
      List<Diagnostic> whole = session.client.awaitDiagnostics(reference, p -> true).getDiagnostics();
      assertEquals(whole, incremental);
      assertEquals(List.of("schema/enum"), incremental.stream().map(d -> d.getCode().getLeft()).toList());
    }
  }
}
