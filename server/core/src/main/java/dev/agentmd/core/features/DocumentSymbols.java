package dev.agentmd.core.features;

import dev.agentmd.core.features.MarkdownHeadings.Heading;
import dev.agentmd.core.syntax.Frontmatter;
import dev.agentmd.core.syntax.ParsedFile;
import dev.agentmd.core.text.Span;
import dev.agentmd.core.yaml.YamlEntry;
import dev.agentmd.core.yaml.YamlMapping;
import dev.agentmd.core.yaml.YamlNode;
import dev.agentmd.core.yaml.YamlScalar;
import dev.agentmd.core.yaml.YamlSequence;
import dev.agentmd.core.yaml.YamlUnreadable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * The outline of an agent file: the frontmatter with one child per top-level key, then the body's
 * headings nested by level.
 */
public final class DocumentSymbols {

  static final int PREVIEW_LENGTH = 40;

  private DocumentSymbols() {}

  /** The frontmatter symbol (if the file has frontmatter), then the top-level headings. */
  public static List<Symbol> of(ParsedFile file) {
    List<Symbol> out = new ArrayList<>();
    file.frontmatter().ifPresent(frontmatter -> out.add(frontmatter(file, frontmatter)));
    out.addAll(headings(file));
    return out;
  }

  private static Symbol frontmatter(ParsedFile file, Frontmatter frontmatter) {
    String text = file.text();
    List<Symbol> keys = new ArrayList<>();
    String detail = "";
    for (YamlEntry entry : file.root().map(YamlMapping::entries).orElse(List.of())) {
      Span key = entry.key().span();
      String name = entry.keyText().filter(k -> !k.isEmpty()).orElse(key.textOf(text));
      String preview = preview(entry.value());
      String shown = name.isEmpty() ? "\"\"" : name;
      keys.add(new Symbol(shown, preview, SymbolKind.KEY, entrySpan(text, entry), key, List.of()));
      if (name.equals("name") && detail.isEmpty()) {
        detail = preview;
      }
    }
    return new Symbol(
        "frontmatter", detail, SymbolKind.FRONTMATTER, span(text, frontmatter), frontmatter.openingFence(), keys);
  }

  /** The frontmatter from its opening fence to its closing fence, or to its last line when unclosed. */
  static Span span(String text, Frontmatter frontmatter) {
    int start = frontmatter.openingFence().start();
    int end =
        frontmatter.closingFence().map(Span::end)
            .orElse(trimEnd(text, frontmatter.openingFence().end(), frontmatter.content().end()));
    return Span.of(start, end);
  }

  /** An entry from its key to the end of its value, without trailing line breaks. */
  static Span entrySpan(String text, YamlEntry entry) {
    Span span = entry.span();
    return Span.of(span.start(), trimEnd(text, entry.key().span().end(), span.end()));
  }

  /** The body's headings, each with the headings of lower levels that follow it. */
  static List<Symbol> headings(ParsedFile file) {
    String text = file.text();
    Span body = file.body();
    List<Section> roots = new ArrayList<>();
    Deque<Section> open = new ArrayDeque<>();
    for (Heading heading : MarkdownHeadings.scan(text, body)) {
      while (!open.isEmpty() && open.peek().heading.level() >= heading.level()) {
        open.pop().end = heading.line().start();
      }
      Section section = new Section(heading);
      (open.isEmpty() ? roots : open.peek().children).add(section);
      open.push(section);
    }
    while (!open.isEmpty()) {
      open.pop().end = body.end();
    }
    List<Symbol> out = new ArrayList<>(roots.size());
    for (Section root : roots) {
      out.add(root.symbol(text));
    }
    return out;
  }

  /** A short, one-line preview of a value, at most {@value #PREVIEW_LENGTH} characters. */
  static String preview(YamlNode node) {
    StringBuilder out = new StringBuilder();
    append(node, out, 0);
    String flat = collapse(out);
    return flat.length() <= PREVIEW_LENGTH ? flat : flat.substring(0, PREVIEW_LENGTH - 1).stripTrailing() + "…";
  }

  private static void append(YamlNode node, StringBuilder out, int depth) {
    if (out.length() > PREVIEW_LENGTH * 2) {
      return;
    }
    if (node instanceof YamlScalar scalar) {
      out.append(scalar.isNull() ? "" : scalar.value());
    } else if (node instanceof YamlSequence sequence) {
      out.append('[');
      for (int i = 0; i < sequence.items().size() && out.length() <= PREVIEW_LENGTH * 2; i++) {
        out.append(i > 0 ? ", " : "");
        if (depth > 0 && !(sequence.items().get(i) instanceof YamlScalar)) {
          out.append('…');
        } else {
          append(sequence.items().get(i), out, depth + 1);
        }
      }
      out.append(']');
    } else if (node instanceof YamlMapping mapping) {
      out.append('{');
      for (int i = 0; i < mapping.entries().size() && out.length() <= PREVIEW_LENGTH * 2; i++) {
        out.append(i > 0 ? ", " : "").append(mapping.entries().get(i).keyText().orElse("?"));
      }
      out.append('}');
    } else if (node instanceof YamlUnreadable) {
      out.append("(unreadable)");
    }
  }

  /** Runs of whitespace, line breaks included, become one space. */
  private static String collapse(CharSequence text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        space = out.length() > 0;
      } else {
        if (space) {
          out.append(' ');
          space = false;
        }
        out.append(c);
      }
    }
    return out.toString();
  }

  static int trimEnd(String text, int floor, int end) {
    int e = end;
    while (e > floor && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  /** A heading while its end is not known yet. */
  private static final class Section {
    final Heading heading;
    final List<Section> children = new ArrayList<>();
    int end;

    Section(Heading heading) {
      this.heading = heading;
    }

    Symbol symbol(String text) {
      List<Symbol> nested = new ArrayList<>(children.size());
      for (Section child : children) {
        nested.add(child.symbol(text));
      }
      Span range = Span.of(heading.line().start(), trimEnd(text, heading.line().end(), end));
      Span selection = heading.title().isEmpty() ? heading.line() : heading.title();
      String name = heading.text().isEmpty() ? "(empty heading)" : heading.text();
      return new Symbol(name, "", SymbolKind.HEADING, range, selection, nested);
    }
  }
}
