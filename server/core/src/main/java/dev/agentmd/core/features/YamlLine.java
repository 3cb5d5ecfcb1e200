package dev.agentmd.core.features;

/**
 * One frontmatter line as YAML block structure sees it: indentation, a {@code - } list-item marker
 * and a {@code key:}, read from the text alone. Editor features use it because the file being
 * edited is often not valid YAML yet; it never parses values.
 *
 * @param start where the line starts
 * @param end where the part looked at ends: the line's content end, or the cursor
 * @param indent the number of leading spaces
 * @param item whether the line starts (after its indentation) with a {@code -} list-item marker
 * @param content where the item's content, or the line's content, starts
 * @param comment whether the content is a {@code #} comment
 * @param key the key, unquoted; null when the line has none
 * @param keyStart where the key starts (its quote, if quoted); -1 without a key
 * @param keyEnd where the key ends (after its closing quote); -1 without a key
 * @param colon the {@code :} after the key; -1 without a key
 * @param valueStart where the value starts: after the colon and blanks, or {@code content} without
 *     a key
 */
record YamlLine(
    int start,
    int end,
    int indent,
    boolean item,
    int content,
    boolean comment,
    String key,
    int keyStart,
    int keyEnd,
    int colon,
    int valueStart) {

  /** Characters that cannot start a plain key. */
  private static final String INDICATORS = "[]{}&*!|>%@`,?#";

  boolean hasKey() {
    return key != null;
  }

  boolean isBlank() {
    return content == end && !item;
  }

  /** The column of the line's content (of the key, for {@code - key: value}). */
  int contentColumn() {
    return content - start;
  }

  static YamlLine of(String text, int start, int end) {
    int i = start;
    while (i < end && text.charAt(i) == ' ') {
      i++;
    }
    int indent = i - start;
    boolean item = false;
    if (i < end && text.charAt(i) == '-' && (i + 1 == end || isBlank(text.charAt(i + 1)))) {
      item = true;
      i++;
      while (i < end && isBlank(text.charAt(i))) {
        i++;
      }
    }
    int content = i;
    if (content == end || text.charAt(content) == '#') {
      boolean comment = content < end;
      return new YamlLine(start, end, indent, item, content, comment, null, -1, -1, -1, content);
    }
    int keyEnd;
    String key;
    char first = text.charAt(content);
    if (first == '"' || first == '\'') {
      int close = closingQuote(text, content, end);
      if (close < 0) {
        return noKey(start, end, indent, item, content);
      }
      keyEnd = close + 1;
      key = unquote(text.substring(content, keyEnd));
    } else if (INDICATORS.indexOf(first) >= 0) {
      return noKey(start, end, indent, item, content);
    } else {
      keyEnd = -1;
      key = null;
    }
    int colon = -1;
    if (key != null) {
      int j = keyEnd;
      while (j < end && isBlank(text.charAt(j))) {
        j++;
      }
      if (j < end && text.charAt(j) == ':' && separated(text, j + 1, end)) {
        colon = j;
      }
    } else {
      for (int j = content; j < end; j++) {
        char c = text.charAt(j);
        if (c == '#' && isBlank(text.charAt(j - 1))) {
          break;
        }
        if (c == ':' && separated(text, j + 1, end)) {
          colon = j;
          break;
        }
      }
      if (colon >= 0) {
        keyEnd = colon;
        while (keyEnd > content && isBlank(text.charAt(keyEnd - 1))) {
          keyEnd--;
        }
        key = text.substring(content, keyEnd);
      }
    }
    if (colon < 0) {
      return noKey(start, end, indent, item, content);
    }
    int value = colon + 1;
    while (value < end && isBlank(text.charAt(value))) {
      value++;
    }
    return new YamlLine(start, end, indent, item, content, false, key, content, keyEnd, colon, value);
  }

  private static YamlLine noKey(int start, int end, int indent, boolean item, int content) {
    return new YamlLine(start, end, indent, item, content, false, null, -1, -1, -1, content);
  }

  /** The closing quote of a quoted scalar starting at {@code open}, or -1 before {@code end}. */
  static int closingQuote(String text, int open, int end) {
    char quote = text.charAt(open);
    for (int i = open + 1; i < end; i++) {
      char c = text.charAt(i);
      if (quote == '"' && c == '\\') {
        i++;
      } else if (c == quote) {
        if (quote == '\'' && i + 1 < end && text.charAt(i + 1) == '\'') {
          i++;
        } else {
          return i;
        }
      }
    }
    return -1;
  }

  static String unquote(String key) {
    if (key.length() >= 2 && (key.charAt(0) == '"' || key.charAt(0) == '\'')) {
      String inner = key.substring(1, key.length() - 1);
      return key.charAt(0) == '\'' ? inner.replace("''", "'") : inner;
    }
    return key;
  }

  static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  private static boolean separated(String text, int at, int end) {
    return at >= end || isBlank(text.charAt(at));
  }
}
