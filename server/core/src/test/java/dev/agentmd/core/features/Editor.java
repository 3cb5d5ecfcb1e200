package dev.agentmd.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.agentmd.core.analysis.AgentAnalyzer;
import dev.agentmd.core.analysis.SourceDocument;
import dev.agentmd.core.config.Settings;
import dev.agentmd.core.kind.FileKind;
import dev.agentmd.core.schema.KindSchema;
import dev.agentmd.core.syntax.ParsedFile;
import dev.agentmd.core.testing.Fixture;
import dev.agentmd.core.text.Span;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A document open in an imaginary editor: fixture text with a {@code $0} cursor, a path and
 * settings, and the editor features asked at the cursor.
 */
final class Editor {

  static final AgentAnalyzer ANALYZER = AgentAnalyzer.create();
  static final KindSchema SCHEMA = ANALYZER.schema(FileKind.CLAUDE_AGENT);

  private final Fixture fixture;
  private Path path = Path.of(".claude/agents/reviewer.md");
  private Settings settings = Settings.DEFAULTS;

  private Editor(Fixture fixture) {
    this.fixture = fixture;
  }

  static Editor of(String text) {
    return new Editor(Fixture.of(text));
  }

  Editor at(String relativePath) {
    path = Path.of(relativePath);
    return this;
  }

  Editor with(Settings newSettings) {
    settings = newSettings;
    return this;
  }

  /** The same document with CRLF line breaks. */
  Editor crlf() {
    Editor editor = new Editor(fixture.crlf());
    editor.path = path;
    editor.settings = settings;
    return editor;
  }

  String text() {
    return fixture.text();
  }

  int cursor() {
    return fixture.cursor();
  }

  ParsedFile file() {
    return ANALYZER.parse(SourceDocument.ofText(path, fixture.text()), FileKind.CLAUDE_AGENT);
  }

  /** Completion items, sorted as a client sorts them before filtering. */
  List<CompletionItem> complete() {
    List<CompletionItem> items =
        CompletionProvider.complete(new CompletionRequest(file(), SCHEMA, settings, Optional.of(path), cursor()));
    for (CompletionItem item : items) {
      assertTrue(item.replace().containsOrTouches(cursor()), item.label() + " replaces " + item.replace() + " without the cursor");
      String replaced = item.replace().textOf(text());
      assertTrue(replaced.indexOf('\n') < 0 && replaced.indexOf('\r') < 0, item.label() + " replaces more than one line");
    }
    return items.stream().sorted(Comparator.comparing(CompletionItem::sortText)).toList();
  }

  List<String> labels() {
    return complete().stream().map(CompletionItem::label).toList();
  }

  CompletionItem item(String label) {
    return complete().stream()
        .filter(i -> i.label().equals(label))
        .findFirst()
        .orElseGet(() -> fail("no completion " + label + " in " + labels()));
  }

  /** The text after accepting an item (snippet syntax left as is). */
  String accept(String label) {
    CompletionItem item = item(label);
    Span replace = item.replace();
    return text().substring(0, replace.start()) + item.insertText() + text().substring(replace.end());
  }

  /** What an item replaces. */
  String replaced(String label) {
    return item(label).replace().textOf(text());
  }

  Optional<HoverInfo> hover() {
    return HoverProvider.hover(file(), SCHEMA, cursor());
  }

  HoverInfo hoverOrFail() {
    return hover().orElseGet(() -> fail("no hover at the cursor"));
  }

  /** Asserts the hover's range covers exactly {@code token}. */
  void assertHoverRange(String token) {
    assertEquals(token, hoverOrFail().range().textOf(text()));
  }
}
