package dev.agentmd.core.yaml;

import java.util.Arrays;

/**
 * Rebuilds a plain, single-quoted or double-quoted scalar from its source with a map back to it,
 * following YAML 1.2 (chapter 7): escapes, {@code ''}, and line folding — trailing blanks of a
 * line and leading blanks of the next are dropped, one line break becomes a space, and each empty
 * line a line feed; in double quotes a backslash before a line break removes the break.
 */
final class FlowScalarMap {

  private final String text;
  private final int from;
  private final int to;
  private final boolean singleQuoted;
  private final boolean doubleQuoted;
  private final DecodedText out;
  private int[] breaks = new int[4];

  private FlowScalarMap(String text, int from, int to, ScalarStyle style) {
    this.text = text;
    this.from = from;
    this.to = to;
    this.singleQuoted = style == ScalarStyle.SINGLE_QUOTED;
    this.doubleQuoted = style == ScalarStyle.DOUBLE_QUOTED;
    this.out = new DecodedText(to - from);
  }

  /** The decoded scalar whose source is {@code [start, end)}, quotes included; null if malformed. */
  static DecodedText decode(String text, int start, int end, ScalarStyle style) {
    if (style.isQuoted()) {
      char quote = style == ScalarStyle.SINGLE_QUOTED ? '\'' : '"';
      if (end - start < 2 || text.charAt(start) != quote || text.charAt(end - 1) != quote) {
        return null;
      }
      return new FlowScalarMap(text, start + 1, end - 1, style).run(end - 1);
    }
    return new FlowScalarMap(text, start, end, style).run(end);
  }

  private DecodedText run(int endOfValue) {
    int blanks = -1; // start of a run of blanks not yet known to be content
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c == ' ' || c == '\t') {
        if (blanks < 0) {
          blanks = i;
        }
        i++;
        continue;
      }
      if (DecodedText.isBreak(c)) {
        i = fold(i, blanks >= 0 ? blanks : i, true);
        blanks = -1;
        continue;
      }
      if (blanks >= 0) {
        out.copy(text, blanks, i);
        blanks = -1;
      }
      if (doubleQuoted && c == '\\') {
        if (i + 1 >= to) {
          return null;
        }
        if (DecodedText.isBreak(text.charAt(i + 1))) {
          i = fold(i + 1, i, false);
          continue;
        }
        int width = escape(i);
        if (width < 0) {
          return null;
        }
        i += width;
      } else if (singleQuoted && c == '\'') {
        if (i + 1 >= to || text.charAt(i + 1) != '\'') {
          return null;
        }
        out.add('\'', i, i + 2);
        i += 2;
      } else {
        out.add(c, i, i + 1);
        i++;
      }
    }
    if (blanks >= 0) {
      out.copy(text, blanks, to);
    }
    out.endOfValue(endOfValue);
    return out;
  }

  /**
   * Folds the line break at {@code at} and the empty lines after it; returns where the next line's
   * content starts. {@code gapFrom} is where the dropped text begins: the trailing blanks, or the
   * backslash of an escaped break (which yields no space).
   */
  private int fold(int at, int gapFrom, boolean space) {
    int count = 0;
    int j = at;
    while (true) {
      if (count == breaks.length) {
        breaks = Arrays.copyOf(breaks, count * 2);
      }
      breaks[count++] = j;
      j += DecodedText.breakLength(text, j);
      while (j < to && (text.charAt(j) == ' ' || text.charAt(j) == '\t')) {
        j++;
      }
      if (j >= to || !DecodedText.isBreak(text.charAt(j))) {
        break;
      }
    }
    out.fold(breaks, count, gapFrom, j, space);
    return j;
  }

  /** Decodes the escape at {@code i} (a backslash); returns its source length, or -1. */
  private int escape(int i) {
    char letter = text.charAt(i + 1);
    char decoded =
        switch (letter) {
          case '0' -> '\0';
          case 'a' -> '\u0007';
          case 'b' -> '\b';
          case 't', '\t' -> '\t';
          case 'n' -> '\n';
          case 'v' -> '\u000b';
          case 'f' -> '\f';
          case 'r' -> '\r';
          case 'e' -> '\u001b';
          case ' ' -> ' ';
          case '"' -> '"';
          case '/' -> '/';
          case '\\' -> '\\';
          case 'N' -> '\u0085';
          case '_' -> '\u00a0';
          case 'L' -> '\u2028';
          case 'P' -> '\u2029';
          default -> '\uffff';
        };
    if (decoded != '\uffff') {
      out.add(decoded, i, i + 2);
      return 2;
    }
    int digits =
        switch (letter) {
          case 'x' -> 2;
          case 'u' -> 4;
          case 'U' -> 8;
          default -> -1;
        };
    if (digits < 0 || i + 2 + digits > to) {
      return -1;
    }
    int codePoint;
    try {
      codePoint = Integer.parseInt(text.substring(i + 2, i + 2 + digits), 16);
    } catch (NumberFormatException e) {
      return -1;
    }
    if (!Character.isValidCodePoint(codePoint)) {
      return -1;
    }
    for (char unit : Character.toChars(codePoint)) {
      out.add(unit, i, i + 2 + digits);
    }
    return 2 + digits;
  }
}
