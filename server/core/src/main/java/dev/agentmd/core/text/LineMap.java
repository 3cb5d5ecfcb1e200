package dev.agentmd.core.text;

import java.util.Arrays;

/**
 * Converts UTF-16 offsets to zero-based line and column and back, counting columns in the unit an
 * edge asks for.
 *
 * <p>Lines end at {@code \n}, {@code \r\n} or a lone {@code \r}, as in YAML and LSP.
 */
public final class LineMap {

  /** How columns are counted: LSP negotiates one of these; the CLI reports UTF-16. */
  public enum ColumnUnit {
    UTF16,
    UTF8,
    UTF32
  }

  private final String text;
  private final int[] lineStarts;

  public LineMap(String text) {
    this.text = text;
    int[] starts = new int[16];
    int count = 0;
    starts[count++] = 0;
    int length = text.length();
    if (text.indexOf('\r') < 0) {
      // The common case: indexOf is an intrinsic, many times faster than charAt on UTF-16 text.
      for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
        if (count == starts.length) {
          starts = Arrays.copyOf(starts, count * 2);
        }
        starts[count++] = i + 1;
      }
    } else {
      for (int i = 0; i < length; i++) {
        char c = text.charAt(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= length || text.charAt(i + 1) != '\n'))) {
          if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
          }
          starts[count++] = i + 1;
        }
      }
    }
    this.lineStarts = Arrays.copyOf(starts, count);
  }

  public String text() {
    return text;
  }

  public int lineCount() {
    return lineStarts.length;
  }

  /** Zero-based line of an offset; an offset past the end belongs to the last line. */
  public int lineOf(int offset) {
    int index = Arrays.binarySearch(lineStarts, Math.min(Math.max(offset, 0), text.length()));
    return index >= 0 ? index : -index - 2;
  }

  public int lineStart(int line) {
    return lineStarts[Math.min(Math.max(line, 0), lineStarts.length - 1)];
  }

  /** End of a line's content, before its line break. */
  public int lineContentEnd(int line) {
    int end = line + 1 < lineStarts.length ? lineStarts[line + 1] : text.length();
    while (end > lineStarts[line] && (text.charAt(end - 1) == '\n' || text.charAt(end - 1) == '\r')) {
      end--;
    }
    return end;
  }

  public Position position(int offset, ColumnUnit unit) {
    int clamped = Math.min(Math.max(offset, 0), text.length());
    int line = lineOf(clamped);
    int start = lineStarts[line];
    return new Position(line, columnBetween(start, clamped, unit));
  }

  /** The offset of a line and column; columns past the line's end clamp to it. */
  public int offset(Position position, ColumnUnit unit) {
    if (position.line() >= lineStarts.length) {
      return text.length();
    }
    int line = Math.max(position.line(), 0);
    int offset = lineStarts[line];
    int end = lineContentEnd(line);
    int remaining = position.column();
    while (offset < end && remaining > 0) {
      int codePoint = text.codePointAt(offset);
      int width = width(codePoint, unit);
      if (width > remaining) {
        break;
      }
      remaining -= width;
      offset += Character.charCount(codePoint);
    }
    return offset;
  }

  private int columnBetween(int start, int offset, ColumnUnit unit) {
    if (unit == ColumnUnit.UTF16) {
      return offset - start;
    }
    int column = 0;
    int i = start;
    while (i < offset) {
      int codePoint = text.codePointAt(i);
      column += width(codePoint, unit);
      i += Character.charCount(codePoint);
    }
    return column;
  }

  private static int width(int codePoint, ColumnUnit unit) {
    return switch (unit) {
      case UTF16 -> Character.charCount(codePoint);
      case UTF32 -> 1;
      case UTF8 -> codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
    };
  }

  /** A zero-based line and column. */
  public record Position(int line, int column) {}
}
