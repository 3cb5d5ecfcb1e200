package dev.agentmd.core.features;

import dev.agentmd.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The headings of a markdown body, found by a single line scan that follows the CommonMark block
 * rules that matter for an outline: ATX headings ({@code ## Title}) and setext headings (a
 * paragraph underlined with {@code ===} or {@code ---}), never inside fenced code, indented code,
 * or HTML blocks such as an {@code <example>} block.
 *
 * <p>Chosen over a CommonMark library: on the corpus of real agent files it finds the same headings
 * (see the features tests), with no class loading at start-up and no inline parsing.
 */
final class MarkdownHeadings {

  /**
   * One heading.
   *
   * @param line from the start of its first line to the end of its last (the underline, for a
   *     setext heading), trailing blanks excluded
   * @param title where the title text is; empty at the marker's end for an empty heading
   */
  record Heading(int level, String text, Span line, Span title) {}

  /** HTML block tags (CommonMark type 6) that may interrupt a paragraph. */
  private static final Set<String> BLOCK_TAGS =
      Set.of(
          "address", "article", "aside", "base", "basefont", "blockquote", "body", "caption", "center", "col",
          "colgroup", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure",
          "footer", "form", "frame", "frameset", "h1", "h2", "h3", "h4", "h5", "h6", "head", "header", "hr",
          "html", "iframe", "legend", "li", "link", "main", "menu", "menuitem", "nav", "noframes", "ol",
          "optgroup", "option", "p", "param", "search", "section", "summary", "table", "tbody", "td",
          "tfoot", "th", "thead", "title", "tr", "track", "ul");

  /** HTML blocks that end at a closing tag, not at a blank line (CommonMark type 1). */
  private static final List<String> RAW_TAGS = List.of("pre", "script", "style", "textarea");

  private MarkdownHeadings() {}

  static List<Heading> scan(String text, Span body) {
    List<Heading> out = new ArrayList<>();
    char fence = 0;
    int fenceLength = 0;
    String htmlEnd = null;
    boolean inHtml = false;
    int paragraph = -1;
    boolean underlinable = false;
    int end = body.end();
    int next;
    for (int start = body.start(); start < end; start = next) {
      int lineEnd = start;
      while (lineEnd < end && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
        lineEnd++;
      }
      boolean crlf = lineEnd + 1 < end && text.charAt(lineEnd) == '\r' && text.charAt(lineEnd + 1) == '\n';
      next = lineEnd + (crlf ? 2 : 1);
      int i = start;
      int column = 0;
      while (i < lineEnd && (text.charAt(i) == ' ' || text.charAt(i) == '\t') && column < 4) {
        column += text.charAt(i) == '\t' ? 4 - column % 4 : 1;
        i++;
      }
      boolean blank = isBlank(text, i, lineEnd);
      boolean indented = column >= 4;
      if (fence != 0) {
        int closing = indented ? 0 : run(text, i, lineEnd, fence);
        if (closing >= fenceLength && isBlank(text, i + closing, lineEnd)) {
          fence = 0;
        }
        continue;
      }
      if (inHtml) {
        inHtml = htmlEnd == null ? !blank : !containsIgnoreCase(text, start, lineEnd, htmlEnd);
        continue;
      }
      if (blank) {
        paragraph = -1;
        continue;
      }
      if (indented && paragraph < 0) {
        continue;
      }
      char c = indented ? 0 : text.charAt(i);
      int fenceRun = c == '`' || c == '~' ? run(text, i, lineEnd, c) : 0;
      if (fenceRun >= 3 && (c == '~' || !containsIgnoreCase(text, i + fenceRun, lineEnd, "`"))) {
        fence = c;
        fenceLength = fenceRun;
        paragraph = -1;
        continue;
      }
      if (c == '<') {
        String closer = htmlBlockEnd(text, i, lineEnd, paragraph >= 0);
        if (closer != null) {
          inHtml = closer.isEmpty() || !containsIgnoreCase(text, i, lineEnd, closer);
          htmlEnd = closer.isEmpty() ? null : closer;
          paragraph = -1;
          continue;
        }
      }
      if (c == '#' && atx(text, start, i, lineEnd, out)) {
        paragraph = -1;
        continue;
      }
      if ((c == '=' || c == '-') && paragraph >= 0 && underlinable && isUnderline(text, i, lineEnd, c)) {
        out.add(setext(text, paragraph, start, lineEnd, c == '=' ? 1 : 2));
        paragraph = -1;
        continue;
      }
      if ((c == '-' || c == '*' || c == '_') && isThematicBreak(text, i, lineEnd, c)) {
        paragraph = -1;
        continue;
      }
      if (paragraph < 0) {
        paragraph = start;
        underlinable = !startsContainer(text, i, lineEnd);
      } else if (startsContainer(text, i, lineEnd)) {
        underlinable = false;
      }
    }
    return out;
  }

  /** An ATX heading: 1–6 {@code #}, then a blank or the line end; an optional closing run. */
  private static boolean atx(String text, int start, int i, int lineEnd, List<Heading> out) {
    int level = run(text, i, lineEnd, '#');
    int after = i + level;
    if (level > 6 || (after < lineEnd && !YamlLine.isBlank(text.charAt(after)))) {
      return false;
    }
    int s = after;
    while (s < lineEnd && YamlLine.isBlank(text.charAt(s))) {
      s++;
    }
    int e = lineEnd;
    while (e > s && YamlLine.isBlank(text.charAt(e - 1))) {
      e--;
    }
    int closing = e;
    while (closing > s && text.charAt(closing - 1) == '#') {
      closing--;
    }
    if (closing < e && (closing == s || YamlLine.isBlank(text.charAt(closing - 1)))) {
      e = closing;
      while (e > s && YamlLine.isBlank(text.charAt(e - 1))) {
        e--;
      }
    }
    Span line = Span.of(start, trimEnd(text, start, lineEnd));
    out.add(new Heading(level, text.substring(s, e), line, Span.of(s, e)));
    return true;
  }

  private static Heading setext(String text, int paragraph, int underline, int lineEnd, int level) {
    int s = paragraph;
    while (YamlLine.isBlank(text.charAt(s))) {
      s++;
    }
    int e = underline;
    while (e > s && Character.isWhitespace(text.charAt(e - 1))) {
      e--;
    }
    Span lines = Span.of(paragraph, trimEnd(text, paragraph, lineEnd));
    return new Heading(level, joinLines(text, s, e), lines, Span.of(s, e));
  }

  /** A multi-line title as one line: each line break and the blanks around it become one space. */
  private static String joinLines(String text, int s, int e) {
    StringBuilder out = new StringBuilder(e - s);
    for (int i = s; i < e; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        while (out.length() > 0 && YamlLine.isBlank(out.charAt(out.length() - 1))) {
          out.setLength(out.length() - 1);
        }
        while (i + 1 < e && Character.isWhitespace(text.charAt(i + 1))) {
          i++;
        }
        out.append(' ');
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  /**
   * What ends the HTML block a line starts: a closing text for raw and comment blocks, "" for
   * blocks that end at a blank line; null when the line starts no HTML block.
   */
  private static String htmlBlockEnd(String text, int i, int lineEnd, boolean inParagraph) {
    String line = text.substring(i, lineEnd).toLowerCase(Locale.ROOT);
    if (line.startsWith("<!--")) {
      return "-->";
    }
    for (String tag : RAW_TAGS) {
      int after = tag.length() + 1;
      if (line.startsWith("<" + tag) && (line.length() == after || " \t>".indexOf(line.charAt(after)) >= 0)) {
        return "</" + tag + ">";
      }
    }
    int nameStart = line.startsWith("</") ? 2 : 1;
    int nameEnd = nameStart;
    while (nameEnd < line.length() && (isAsciiLetterOrDigit(line.charAt(nameEnd)) || line.charAt(nameEnd) == '-')) {
      nameEnd++;
    }
    if (nameEnd == nameStart || !Character.isLetter(line.charAt(nameStart))) {
      return null;
    }
    // A tag name ends at a blank, '/' or '>': <project_context> is not a tag, just text.
    if (nameEnd < line.length() && " \t/>".indexOf(line.charAt(nameEnd)) < 0) {
      return null;
    }
    if (BLOCK_TAGS.contains(line.substring(nameStart, nameEnd))) {
      return "";
    }
    int close = line.indexOf('>', nameEnd);
    boolean aloneOnLine = close >= 0 && line.substring(close + 1).isBlank();
    return !inParagraph && aloneOnLine ? "" : null;
  }

  /** A block quote or list item: its paragraph cannot be underlined from outside. */
  private static boolean startsContainer(String text, int i, int lineEnd) {
    char c = text.charAt(i);
    if (c == '>') {
      return true;
    }
    if ((c == '-' || c == '*' || c == '+') && (i + 1 == lineEnd || YamlLine.isBlank(text.charAt(i + 1)))) {
      return true;
    }
    int digits = i;
    while (digits < lineEnd && digits - i < 9 && Character.isDigit(text.charAt(digits))) {
      digits++;
    }
    return digits > i && digits < lineEnd && (text.charAt(digits) == '.' || text.charAt(digits) == ')')
        && (digits + 1 == lineEnd || YamlLine.isBlank(text.charAt(digits + 1)));
  }

  private static boolean isUnderline(String text, int i, int lineEnd, char c) {
    int r = run(text, i, lineEnd, c);
    return r >= 1 && isBlank(text, i + r, lineEnd);
  }

  private static boolean isThematicBreak(String text, int i, int lineEnd, char c) {
    int count = 0;
    for (int j = i; j < lineEnd; j++) {
      char d = text.charAt(j);
      if (d == c) {
        count++;
      } else if (!YamlLine.isBlank(d)) {
        return false;
      }
    }
    return count >= 3;
  }

  private static boolean isAsciiLetterOrDigit(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
  }

  private static boolean containsIgnoreCase(String text, int from, int to, String part) {
    for (int i = from; i + part.length() <= to; i++) {
      if (text.regionMatches(true, i, part, 0, part.length())) {
        return true;
      }
    }
    return false;
  }

  private static int trimEnd(String text, int start, int end) {
    int e = end;
    while (e > start && YamlLine.isBlank(text.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  private static int run(String text, int i, int lineEnd, char c) {
    int j = i;
    while (j < lineEnd && text.charAt(j) == c) {
      j++;
    }
    return j - i;
  }

  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!YamlLine.isBlank(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
