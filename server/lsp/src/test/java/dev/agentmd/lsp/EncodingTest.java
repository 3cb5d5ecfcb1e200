package dev.agentmd.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentmd.core.text.LineMap.ColumnUnit;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextEdit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Every range is exact in the negotiated encoding, with an emoji (two UTF-16 units, four UTF-8
 * bytes), CJK (three UTF-8 bytes) and a combining accent before the finding on the same line.
 */
class EncodingTest {

  static final String PREFIX = "{description: \"🎉 日本 e\u0301\", name: reviewer, ";
  static final String TEXT = "---\n" + PREFIX + "modle: opus}\n---\nReview.\n";

  /** The column of the typo counted independently of the server's LineMap: by the encoding's own rules. */
  static int column(ColumnUnit unit) {
    return switch (unit) {
      case UTF8 -> PREFIX.getBytes(StandardCharsets.UTF_8).length;
      case UTF16 -> PREFIX.length();
      case UTF32 -> PREFIX.codePointCount(0, PREFIX.length());
    };
  }

  @ParameterizedTest
  @CsvSource({
    "'utf-8,utf-16', utf-8, UTF8",
    "'utf-32,utf-16', utf-32, UTF32",
    "'utf-32,utf-8', utf-32, UTF32",
    "'utf-16,utf-8', utf-16, UTF16",
    "'latin-1,utf-8', utf-8, UTF8",
    "'latin-1', utf-16, UTF16",
    "'', utf-16, UTF16"
  })
  void theClientsFirstSupportedEncodingIsUsedForEveryRange(String offered, String chosen, ColumnUnit unit) {
    Clients client = Clients.bare();
    if (!offered.isEmpty()) {
      client.encodings(offered.split(","));
    }
    try (LspSession session = LspSession.start()) {
      assertEquals(chosen, session.initialize(client.build(), null).getCapabilities().getPositionEncoding());
      String uri = LspSession.agentUri("reviewer.md");
      session.open(uri, TEXT);
      int column = column(unit);
      Range typo = new Range(new Position(1, column), new Position(1, column + 5));
      Diagnostic diagnostic =
          session.client.awaitDiagnostics(uri, p -> true).getDiagnostics().stream()
              .filter(d -> d.getCode().getLeft().equals("schema/unknown-key"))
              .findFirst()
              .orElseThrow();
      assertEquals(typo, diagnostic.getRange());

      CodeAction fix = CodeActionTest.actions(session, uri, typo, List.of("quickfix")).get(0);
      List<TextEdit> edits = fix.getEdit().getChanges().get(uri);
      assertEquals(TEXT.replace("modle", "model"), TextEdits.apply(TEXT, edits, unit));

      session.change(uri, 2, new TextDocumentContentChangeEvent(typo, "model"));
      session.client.awaitDiagnostics(
          uri, p -> p.getVersion() == 2 && p.getDiagnostics().stream().noneMatch(d -> d.getCode().getLeft().equals("schema/unknown-key")));
    }
  }
}
