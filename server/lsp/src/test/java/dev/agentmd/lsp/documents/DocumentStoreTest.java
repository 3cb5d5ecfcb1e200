package dev.agentmd.lsp.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentmd.core.text.LineMap.ColumnUnit;
import dev.agentmd.lsp.convert.LspConverter;
import dev.agentmd.lsp.documents.DocumentStore.ChangeOutcome;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.junit.jupiter.api.Test;

class DocumentStoreTest {

  static final String URI = "file:///p/.claude/agents/a.md";

  static TextDocumentContentChangeEvent edit(int line, int from, int toLine, int to, String text) {
    return new TextDocumentContentChangeEvent(new Range(new Position(line, from), new Position(toLine, to)), text);
  }

  @Test
  void rangedChangesApplyInOrderInTheNegotiatedUnit() {
    DocumentStore store = new DocumentStore(new LspConverter(ColumnUnit.UTF8));
    store.open(URI, 1, "a🎉b\nline two\n");
    ChangeOutcome outcome =
        store.change(
            URI,
            2,
            List.of(
                edit(0, 5, 0, 6, "B"), // after the emoji's 4 UTF-8 bytes
                edit(1, 0, 1, 4, "row"),
                edit(0, 0, 0, 0, "日"),
                edit(1, 3, 2, 0, "!\n")));
    assertEquals(ChangeOutcome.APPLIED, outcome);
    OpenDocument document = store.get(URI).orElseThrow();
    assertEquals("日a🎉B\nrow!\n", document.text());
    assertEquals(2, document.version());
    assertEquals(1, document.lines().lineOf(document.text().indexOf("row")));
  }

  @Test
  void aChangeWithoutARangeReplacesTheWholeText() {
    DocumentStore store = new DocumentStore(new LspConverter(ColumnUnit.UTF16));
    store.open(URI, 1, "old");
    store.change(URI, 2, List.of(edit(0, 0, 0, 1, "x"), new TextDocumentContentChangeEvent("new"), edit(0, 3, 0, 3, "!")));
    assertEquals("new!", store.get(URI).orElseThrow().text());
  }

  @Test
  void staleVersionsAndUnknownDocumentsChangeNothing() {
    DocumentStore store = new DocumentStore(new LspConverter(ColumnUnit.UTF16));
    store.open(URI, 5, "text");
    OpenDocument before = store.get(URI).orElseThrow();
    assertEquals(ChangeOutcome.STALE_VERSION, store.change(URI, 5, List.of(new TextDocumentContentChangeEvent("dup"))));
    assertEquals(ChangeOutcome.STALE_VERSION, store.change(URI, 4, List.of(new TextDocumentContentChangeEvent("old"))));
    assertEquals(ChangeOutcome.UNKNOWN_DOCUMENT, store.change("file:///other.md", 9, List.of()));
    assertTrue(store.isCurrent(before));
    store.change(URI, 6, List.of(new TextDocumentContentChangeEvent("text")));
    assertFalse(store.isCurrent(before), "a new version is a new snapshot, even with the same text");
    assertTrue(store.close(URI));
    assertFalse(store.close(URI));
    assertEquals(Optional.empty(), store.get(URI));
  }

  @Test
  void onlyFileUrisHaveAPath() {
    assertEquals(Optional.of(Path.of("/p/a b.md")), OpenDocument.pathOf("file:///p/a%20b.md"));
    assertEquals(Optional.empty(), OpenDocument.pathOf("untitled:Untitled-1"));
    assertEquals(Optional.empty(), OpenDocument.pathOf("not a uri"));
  }
}
