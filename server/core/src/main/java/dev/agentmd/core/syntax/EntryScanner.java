package dev.agentmd.core.syntax;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Splits frontmatter into its top-level entries by looking at column 0, without parsing YAML, so
 * each entry can be read on its own when the whole block does not parse.
 */
final class EntryScanner {

  /** What a line at column 0 says about the top-level structure. */
  enum LineKind {
    BLANK,
    COMMENT,
    /** Starts with a space or tab: belongs to the entry above. */
    INDENTED,
    /** {@code - item} at column 0: a block list that belongs to the key above. */
    LIST_ITEM,
    /** {@code key: value} or {@code key:} at column 0. */
    KEY,
    /** Anything else at column 0: text that continues a value without indentation. */
    STRAY
  }

  /**
   * One top-level entry: the key line, the lines after it up to the next entry, and whether a
   * stray column-0 line made it unreadable.
   */
  record Entry(Lines.Line keyLine, int keyEnd, int end, List<Lines.Line> lines, boolean hasStrayLine) {

    int start() {
      return keyLine.start();
    }

    /** True when only blank or comment lines follow the key line. */
    boolean isSingleLine(String text) {
      for (int i = 1; i < lines.size(); i++) {
        LineKind kind = classify(text, lines.get(i));
        if (kind != LineKind.BLANK && kind != LineKind.COMMENT) {
          return false;
        }
      }
      return true;
    }
  }

  /** Lines before the first key that are not blank or comments. */
  record Scan(List<Entry> entries, List<Lines.Line> orphanLines) {}

  private EntryScanner() {}

  static LineKind classify(String text, Lines.Line line) {
    if (line.isBlank(text)) {
      return LineKind.BLANK;
    }
    char first = text.charAt(line.start());
    if (first == ' ' || first == '\t') {
      return LineKind.INDENTED;
    }
    if (first == '#') {
      return LineKind.COMMENT;
    }
    if (first == '-'
        && (line.start() + 1 == line.contentEnd()
            || text.charAt(line.start() + 1) == ' '
            || text.charAt(line.start() + 1) == '\t')) {
      return LineKind.LIST_ITEM;
    }
    return keyEnd(text, line) >= 0 ? LineKind.KEY : LineKind.STRAY;
  }

  /**
   * The offset of the {@code :} that ends a column-0 key, or -1. The key is a quoted string or text
   * that does not start with a YAML indicator, followed by {@code :} and a space, tab or line end.
   */
  static int keyEnd(String text, Lines.Line line) {
    int i = line.start();
    int end = line.contentEnd();
    char first = text.charAt(i);
    if (first == '"' || first == '\'') {
      int close = i + 1;
      while (close < end) {
        char c = text.charAt(close);
        if (c == first) {
          if (first == '\'' && close + 1 < end && text.charAt(close + 1) == '\'') {
            close += 2;
            continue;
          }
          break;
        }
        if (c == '\\' && first == '"') {
          close++;
        }
        close++;
      }
      int colon = close + 1;
      while (colon < end && (text.charAt(colon) == ' ' || text.charAt(colon) == '\t')) {
        colon++;
      }
      return colon < end && text.charAt(colon) == ':' && separated(text, colon + 1, end) ? colon : -1;
    }
    if ("[]{}&*!|>%@`,?:".indexOf(first) >= 0) {
      return -1;
    }
    for (int colon = i; colon < end; colon++) {
      char c = text.charAt(colon);
      if (c == '#' && colon > i && (text.charAt(colon - 1) == ' ' || text.charAt(colon - 1) == '\t')) {
        return -1;
      }
      if (c == ':' && separated(text, colon + 1, end)) {
        return colon;
      }
    }
    return -1;
  }

  private static boolean separated(String text, int at, int end) {
    return at >= end || text.charAt(at) == ' ' || text.charAt(at) == '\t';
  }

  /**
   * Groups lines into entries. After a stray line, keys that are not known properties are taken to
   * be more of the broken value (the {@code user:}/{@code assistant:} lines of an unindented
   * example), so one mistake gives one error, not a cascade of bogus keys.
   */
  static Scan scan(String text, List<Lines.Line> lines, Predicate<String> isKnownKey) {
    List<Entry> entries = new ArrayList<>();
    List<Lines.Line> orphans = new ArrayList<>();
    Lines.Line keyLine = null;
    int keyColon = -1;
    List<Lines.Line> current = new ArrayList<>();
    boolean stray = false;
    for (Lines.Line line : lines) {
      LineKind kind = classify(text, line);
      if (kind == LineKind.KEY) {
        int colon = keyEnd(text, line);
        String key = unquote(text.substring(line.start(), colon).strip());
        boolean absorbed = keyLine != null && stray && !isKnownKey.test(key);
        if (!absorbed) {
          if (keyLine != null) {
            entries.add(new Entry(keyLine, keyColon, line.start(), current, stray));
          }
          keyLine = line;
          keyColon = colon;
          current = new ArrayList<>();
          stray = false;
        }
      } else if (keyLine == null) {
        if (kind != LineKind.BLANK && kind != LineKind.COMMENT) {
          orphans.add(line);
        }
        continue;
      } else if (kind == LineKind.STRAY) {
        stray = true;
      }
      current.add(line);
    }
    if (keyLine != null) {
      Lines.Line last = current.get(current.size() - 1);
      entries.add(new Entry(keyLine, keyColon, last.next(), current, stray));
    }
    return new Scan(entries, orphans);
  }

  static String unquote(String key) {
    if (key.length() >= 2
        && (key.charAt(0) == '"' || key.charAt(0) == '\'')
        && key.charAt(key.length() - 1) == key.charAt(0)) {
      return key.substring(1, key.length() - 1);
    }
    return key;
  }
}
