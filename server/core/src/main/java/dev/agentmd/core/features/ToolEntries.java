package dev.agentmd.core.features;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The entries of a one-line tool list as written: {@code Read, Grep, Bash(git diff:*)}, {@code
 * "Read, Grep"} or {@code [Read, "Grep"]}. A string is split at commas outside parentheses, as
 * Claude Code splits it; a flow list at every comma, as YAML does. Works on the text, so it also
 * reads the half-typed list under the cursor.
 */
final class ToolEntries {

  /** One entry: its trimmed, unquoted text and where that text is. */
  record Entry(String text, int start, int end) {

    /** The tool name: the entry up to its {@code (}. */
    String name() {
      int open = text.indexOf('(');
      return open < 0 ? text : text.substring(0, open).strip();
    }

    int nameEnd() {
      int open = text.indexOf('(');
      return open < 0 ? end : start + text.substring(0, open).stripTrailing().length();
    }
  }

  /** The entries of a value, and the one that contains (or touches) a given offset. */
  record Split(List<Entry> entries, int at) {

    Optional<Entry> current() {
      return at < 0 ? Optional.empty() : Optional.of(entries.get(at));
    }

    /** Tool names of the entries other than the current one. */
    List<String> otherNames() {
      List<String> out = new ArrayList<>(entries.size());
      for (int i = 0; i < entries.size(); i++) {
        if (i != at && !entries.get(i).text().isEmpty()) {
          out.add(entries.get(i).name());
        }
      }
      return out;
    }
  }

  private ToolEntries() {}

  /**
   * Splits the value that starts at {@code valueStart} on a line ending at {@code lineEnd}.
   *
   * @param offset the entry touching this offset is the current one; -1 for none
   */
  static Split split(String text, int valueStart, int lineEnd, int offset) {
    List<Entry> entries = new ArrayList<>();
    if (valueStart >= lineEnd) {
      entries.add(new Entry("", valueStart, valueStart));
      return new Split(entries, offset == valueStart ? 0 : -1);
    }
    char first = text.charAt(valueStart);
    boolean flow = first == '[';
    boolean quoted = first == '"' || first == '\'';
    int from = flow || quoted ? valueStart + 1 : valueStart;
    int to = end(text, from, lineEnd, flow ? ']' : quoted ? first : 0);
    int at = -1;
    int depth = 0;
    int entryStart = from;
    for (int i = from; i <= to; i++) {
      char c = i < to ? text.charAt(i) : ',';
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (c == ',' && (depth == 0 || flow || i == to)) {
        Entry entry = entry(text, entryStart, i, flow);
        if (offset >= entryStart && offset <= i) {
          at = entries.size();
        }
        entries.add(entry);
        entryStart = i + 1;
        depth = 0;
      }
    }
    return new Split(entries, at);
  }

  /** Where the list text ends: at the closing bracket or quote, at a comment, or at the line end. */
  private static int end(String text, int from, int lineEnd, char closer) {
    for (int i = from; i < lineEnd; i++) {
      char c = text.charAt(i);
      if (closer != 0 && c == closer) {
        return i;
      }
      if (closer != '"' && closer != '\'' && c == '#' && i > from && YamlLine.isBlank(text.charAt(i - 1))) {
        int end = i;
        while (end > from && YamlLine.isBlank(text.charAt(end - 1))) {
          end--;
        }
        return end;
      }
    }
    return lineEnd;
  }

  private static Entry entry(String text, int start, int end, boolean flow) {
    int s = start;
    int e = end;
    while (s < e && YamlLine.isBlank(text.charAt(s))) {
      s++;
    }
    while (e > s && YamlLine.isBlank(text.charAt(e - 1))) {
      e--;
    }
    if (flow && s < e && (text.charAt(s) == '"' || text.charAt(s) == '\'')) {
      char quote = text.charAt(s);
      s++;
      if (e > s && text.charAt(e - 1) == quote) {
        e--;
      }
    }
    return new Entry(text.substring(s, e), s, e);
  }
}
