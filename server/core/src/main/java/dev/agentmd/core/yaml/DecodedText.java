package dev.agentmd.core.yaml;

import java.util.Arrays;

/**
 * A scalar's decoded text as it is rebuilt from the source, with the source range that produced
 * each decoded char. Package-private: {@link ScalarOffsets} is the public view.
 *
 * <p>Three kinds of char: a char copied from the source maps to itself; a char an escape produces
 * ({@code \n}, {@code ''}, {@code \U0001F680} gives two UTF-16 units) maps to the whole escape; a
 * char that line folding produces (a space, or a line feed for each empty line) maps to a piece
 * of the gap between the two lines it joins, and the pieces of one gap tile it without holes.
 */
final class DecodedText {

  private char[] chars;
  private int[] starts;
  private int[] ends;
  private int count;
  private int endOfValue;

  DecodedText(int capacity) {
    int size = Math.max(capacity, 4);
    chars = new char[size];
    starts = new int[size];
    ends = new int[size];
  }

  void add(char c, int from, int to) {
    if (count == starts.length) {
      chars = Arrays.copyOf(chars, count * 2);
      starts = Arrays.copyOf(starts, count * 2);
      ends = Arrays.copyOf(ends, count * 2);
    }
    chars[count] = c;
    starts[count] = from;
    ends[count] = to;
    count++;
  }

  /** Copies the source chars {@code [from, to)} one to one. */
  void copy(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      add(text.charAt(i), i, i + 1);
    }
  }

  /**
   * Adds the chars a fold produces between two lines: {@code lines} line feeds, or a single space
   * when {@code lines} is 0 and {@code space} is set. {@code breaks} holds the source offset of
   * every line break in the gap {@code [gapFrom, gapTo)}, the first of which YAML drops; each
   * produced char starts at a break, so the pieces tile the gap.
   */
  void fold(int[] breaks, int breakCount, int gapFrom, int gapTo, boolean space) {
    int lines = breakCount - 1;
    if (lines == 0) {
      if (space) {
        add(' ', gapFrom, gapTo);
      }
      return;
    }
    for (int m = 0; m < lines; m++) {
      int from = m == 0 ? gapFrom : breaks[m + 1];
      int to = m == lines - 1 ? gapTo : breaks[m + 2];
      add('\n', from, to);
    }
  }

  /** Where an insertion after the last char goes: the closing quote, or the end of the text. */
  void endOfValue(int offset) {
    endOfValue = offset;
  }

  int length() {
    return count;
  }

  boolean contentEquals(String value) {
    if (value.length() != count) {
      return false;
    }
    for (int i = 0; i < count; i++) {
      if (chars[i] != value.charAt(i)) {
        return false;
      }
    }
    return true;
  }

  /** The source start of each char; only the first {@link #length()} entries count. */
  int[] starts() {
    return starts;
  }

  /** The source end of each char; only the first {@link #length()} entries count. */
  int[] ends() {
    return ends;
  }

  int endOfValue() {
    return endOfValue;
  }

  static boolean isBreak(char c) {
    return c == '\n' || c == '\r';
  }

  /** Length of the line break at {@code i}: 2 for CRLF, else 1. */
  static int breakLength(String text, int i) {
    return text.charAt(i) == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n' ? 2 : 1;
  }
}
