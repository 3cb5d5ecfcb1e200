package dev.agentmd.core.yaml;

import java.util.ArrayList;
import java.util.List;

/**
 * Rebuilds a literal ({@code |}) or folded ({@code >}) block scalar from its source with a map back
 * to it, following YAML 1.2 (chapter 8): the header's chomping ({@code -} strip, {@code +} keep,
 * clip by default) and indentation indicators, content lines at the content indentation, and for
 * {@code >} the folding of a break between two lines that do not start with a blank into a space.
 *
 * <p>The header gives the indentation relative to the parent node's, which the event stream does
 * not tell; so an explicit indicator is tried against the plausible parents, and the caller keeps
 * the reading that reproduces the parser's value.
 */
final class BlockScalarMap {

  private enum Chomping {
    STRIP,
    CLIP,
    KEEP
  }

  /** One source line after the header; {@code breakEnd == breakStart} on the last line of text. */
  private record Line(int start, int spaces, int contentEnd, int breakStart, int breakEnd) {

    boolean blank() {
      return start + spaces == contentEnd;
    }
  }

  private final String text;
  private final boolean folded;
  private final Chomping chomping;
  private final int headerEnd;
  private final List<Line> lines;

  private BlockScalarMap(String text, boolean folded, Chomping chomping, int headerEnd, List<Line> lines) {
    this.text = text;
    this.folded = folded;
    this.chomping = chomping;
    this.headerEnd = headerEnd;
    this.lines = lines;
  }

  /** The decoded block scalar whose header starts at {@code start}, or null if none matches {@code value}. */
  static DecodedText decode(String text, int start, String value) {
    char indicator = text.charAt(start);
    if (indicator != '|' && indicator != '>') {
      return null;
    }
    Chomping chomping = Chomping.CLIP;
    int digit = 0;
    int i = start + 1;
    for (int n = 0; n < 2 && i < text.length(); n++, i++) {
      char c = text.charAt(i);
      if (c == '-' || c == '+') {
        chomping = c == '-' ? Chomping.STRIP : Chomping.KEEP;
      } else if (c >= '1' && c <= '9') {
        digit = c - '0';
      } else {
        break;
      }
    }
    int headerEnd = i;
    while (i < text.length() && !DecodedText.isBreak(text.charAt(i))) {
      i++;
    }
    int parent = indentOfLine(text, start);
    int floor = digit == 0 ? parent + 1 : Math.min(digit, parent + 1);
    List<Line> lines = lines(text, i, floor);
    BlockScalarMap map = new BlockScalarMap(text, indicator == '>', chomping, headerEnd, lines);
    if (digit == 0) {
      return map.matching(map.autoIndent(parent), value);
    }
    DecodedText decoded = map.matching(parent + digit, value);
    for (int candidate = digit; decoded == null && candidate <= parent + digit + 2; candidate++) {
      decoded = map.matching(candidate, value);
    }
    return decoded;
  }

  private DecodedText matching(int indent, String value) {
    DecodedText decoded = decode(indent);
    return decoded.contentEquals(value) ? decoded : null;
  }

  /**
   * The lines after the header line, whose break is at {@code headerBreak}, up to the first line
   * with content indented less than {@code floor}, which no reading of the header can include.
   */
  private static List<Line> lines(String text, int headerBreak, int floor) {
    List<Line> lines = new ArrayList<>();
    if (headerBreak >= text.length()) {
      return lines;
    }
    int start = headerBreak + DecodedText.breakLength(text, headerBreak);
    while (start < text.length()) {
      int spaces = 0;
      while (start + spaces < text.length() && text.charAt(start + spaces) == ' ') {
        spaces++;
      }
      int end = start + spaces;
      while (end < text.length() && !DecodedText.isBreak(text.charAt(end))) {
        end++;
      }
      int breakEnd = end < text.length() ? end + DecodedText.breakLength(text, end) : end;
      Line line = new Line(start, spaces, end, end, breakEnd);
      if (!line.blank() && spaces < floor) {
        break;
      }
      lines.add(line);
      start = breakEnd;
    }
    return lines;
  }

  private static int indentOfLine(String text, int offset) {
    int lineStart = offset;
    while (lineStart > 0 && !DecodedText.isBreak(text.charAt(lineStart - 1))) {
      lineStart--;
    }
    int spaces = 0;
    while (text.charAt(lineStart + spaces) == ' ') {
      spaces++;
    }
    return spaces;
  }

  /** The indentation of the first line with content; 0 (an empty scalar) if not deeper than the parent. */
  private int autoIndent(int parent) {
    for (Line line : lines) {
      if (!line.blank()) {
        return line.spaces() > parent ? line.spaces() : 0;
      }
    }
    return 0;
  }

  private DecodedText decode(int indent) {
    int extent = lines.isEmpty() ? 0 : lines.get(lines.size() - 1).breakEnd() - headerEnd;
    DecodedText out = new DecodedText(extent);
    out.endOfValue(headerEnd);
    List<Line> empties = new ArrayList<>();
    Line previous = null;
    boolean previousSpaced = false;
    for (Line line : lines) {
      boolean empty = line.blank() && (indent == 0 || line.spaces() <= indent);
      if (!empty && (indent == 0 || line.spaces() < indent)) {
        break;
      }
      if (empty) {
        empties.add(line);
        continue;
      }
      int contentStart = line.start() + indent;
      boolean spaced = contentStart < line.contentEnd() && isBlank(text.charAt(contentStart));
      if (previous == null) {
        empties.forEach(e -> addBreak(out, e));
      } else if (folded && !spaced && !previousSpaced) {
        fold(out, previous, empties, contentStart);
      } else {
        addBreak(out, previous);
        empties.forEach(e -> addBreak(out, e));
      }
      empties.clear();
      out.copy(text, contentStart, line.contentEnd());
      out.endOfValue(line.contentEnd());
      previous = line;
      previousSpaced = spaced;
    }
    if (previous == null) {
      if (chomping == Chomping.KEEP) {
        empties.forEach(e -> addBreak(out, e));
      }
    } else if (chomping != Chomping.STRIP && previous.breakEnd() > previous.breakStart()) {
      addBreak(out, previous);
      if (chomping == Chomping.KEEP) {
        empties.forEach(e -> addBreak(out, e));
      }
    }
    return out;
  }

  /** Between two text lines of a {@code >} scalar: a space, or a line feed per empty line. */
  private static void fold(DecodedText out, Line previous, List<Line> empties, int nextContent) {
    int[] breaks = new int[empties.size() + 1];
    breaks[0] = previous.breakStart();
    for (int e = 0; e < empties.size(); e++) {
      breaks[e + 1] = empties.get(e).breakStart();
    }
    out.fold(breaks, breaks.length, previous.breakStart(), nextContent, true);
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t';
  }

  private static void addBreak(DecodedText out, Line line) {
    if (line.breakEnd() > line.breakStart()) {
      out.add('\n', line.breakStart(), line.breakEnd());
    }
  }
}
