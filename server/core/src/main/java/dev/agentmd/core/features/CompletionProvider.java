package dev.agentmd.core.features;

import dev.agentmd.core.features.YamlPath.Step;
import dev.agentmd.core.syntax.ParsedFile;
import dev.agentmd.core.text.LineMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Completion in the frontmatter: keys not yet present (with skeletons for structured keys), enum
 * values with their documentation, {@code name} from the file name, model aliases and ids, tool
 * names, hook events and handler fields.
 *
 * <p>The context comes from the text around the cursor, not from the parsed tree: the file is being
 * edited, so its frontmatter is often unclosed or half a key. The cursor's line up to the cursor
 * says whether a key or a value is being typed ({@link YamlLine}); the lines above say under which
 * keys ({@link YamlPath}); the schema says what fits there ({@link SchemaNav}).
 *
 * <p><b>Invariant:</b> nothing is offered in the body; every item replaces a range on the cursor's
 * line that contains the cursor.
 */
public final class CompletionProvider {

  private CompletionProvider() {}

  /**
   * The proposals at the request's cursor, in no particular order (clients sort by {@code
   * sortText}); empty outside the frontmatter.
   */
  public static List<CompletionItem> complete(CompletionRequest request) {
    ParsedFile file = request.file();
    String text = file.text();
    int offset = request.offset();
    if (offset < 0 || offset > text.length() || insideLineBreak(text, offset)) {
      return List.of();
    }
    Optional<FrontmatterRegion> region = FrontmatterRegion.forCompletion(file, offset);
    if (region.isEmpty()) {
      return List.of();
    }
    LineMap lines = file.lines();
    int line = lines.lineOf(offset);
    YamlLine before = YamlLine.of(text, lines.lineStart(line), offset);
    if (before.comment() || inComment(text, before, offset)) {
      return List.of();
    }
    Optional<List<Step>> parents =
        YamlPath.parents(text, lines, line, region.get().firstLine(), before.indent(), before.item());
    if (parents.isEmpty()) {
      return List.of();
    }
    List<Step> path = new ArrayList<>(parents.get());
    if (before.item()) {
      path.add(Step.ITEM);
    }
    Cursor cursor = new Cursor(request, Vocabulary.of(request.schema()), region.get(), line, before);
    List<CompletionItem> out = new ArrayList<>();
    if (before.hasKey()) {
      path.add(Step.key(before.key()));
      ValueCompletions.forValue(cursor, path, before.valueStart(), out);
    } else if (FrontmatterRegion.isKeyPrefix(text, before.content(), offset)) {
      KeyCompletions.add(cursor, path, out);
      if (before.item()) {
        ValueCompletions.forItem(cursor, path, out);
      }
    } else if (before.item()) {
      ValueCompletions.forItem(cursor, path, out);
    }
    return out;
  }

  /** Between the {@code \r} and {@code \n} of a CRLF: no editor position maps there. */
  static boolean insideLineBreak(String text, int offset) {
    return offset > 0 && offset < text.length() && text.charAt(offset - 1) == '\r' && text.charAt(offset) == '\n';
  }

  /** A {@code #} comment between the value's start and the cursor. */
  private static boolean inComment(String text, YamlLine before, int offset) {
    char quote = 0;
    for (int i = before.valueStart(); i < offset; i++) {
      char c = text.charAt(i);
      if (quote != 0) {
        if (c == quote) {
          quote = 0;
        }
      } else if (c == '"' || c == '\'') {
        quote = c;
      } else if (c == '#' && (i == before.valueStart() || YamlLine.isBlank(text.charAt(i - 1)))) {
        return true;
      }
    }
    return false;
  }

  /** Where completion was asked for, shared by the key and value completers. */
  record Cursor(CompletionRequest request, Vocabulary vocabulary, FrontmatterRegion region, int line, YamlLine before) {

    String text() {
      return request.file().text();
    }

    LineMap lines() {
      return request.file().lines();
    }

    int offset() {
      return request.offset();
    }

    int lineEnd() {
      return lines().lineContentEnd(line);
    }
  }

  /** Sorts matches of what was typed first, then by the schema's order. */
  static String sortText(int index, String typed, String label) {
    boolean prefix = label.regionMatches(true, 0, typed, 0, typed.length());
    String number = Integer.toString(index);
    return (prefix ? "0" : "1") + "0000".substring(Math.min(4, number.length())) + number;
  }

  /** Escapes text for a snippet's literal parts. */
  static String escapeSnippet(String text) {
    StringBuilder out = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '$' || c == '}' || c == '\\') {
        out.append('\\');
      }
      out.append(c);
    }
    return out.toString();
  }
}
