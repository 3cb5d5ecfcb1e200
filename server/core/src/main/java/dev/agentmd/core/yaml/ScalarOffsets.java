package dev.agentmd.core.yaml;

import dev.agentmd.core.text.Span;
import java.util.Arrays;

/**
 * Maps positions in a scalar's decoded value back to the source text, so a finding about part of
 * a value (one entry of {@code tools: Read, LS}) underlines exactly that part.
 *
 * <p>Exact for scalars on one line written plain, lenient, single-quoted ({@code ''} is one
 * quote) or double-quoted (backslash escapes, including {@code \xHH}, {@code \\uHHHH} and {@code
 * \UHHHHHHHH}). For anything else (block scalars, quoted scalars folded over several lines) every
 * position maps to the whole node, which is still the right place, only coarser; {@link #exact()}
 * tells a fix whether it may edit a part.
 */
public final class ScalarOffsets {

  private final Span whole;

  /** Source offset of each decoded char, plus one past the last; null when not exact. */
  private final int[] starts;

  private ScalarOffsets(Span whole, int[] starts) {
    this.whole = whole;
    this.starts = starts;
  }

  public static ScalarOffsets of(String text, YamlScalar scalar) {
    Span span = scalar.span();
    if (span.end() > text.length()) {
      return new ScalarOffsets(span, null);
    }
    String source = span.textOf(text);
    if (source.indexOf('\n') >= 0 || source.indexOf('\r') >= 0) {
      return new ScalarOffsets(withoutTrailingBreaks(text, span), null);
    }
    int[] starts =
        switch (scalar.style()) {
          case PLAIN, LENIENT -> plain(source, span.start());
          case SINGLE_QUOTED -> singleQuoted(source, span.start());
          case DOUBLE_QUOTED -> doubleQuoted(source, span.start());
          case LITERAL, FOLDED -> null;
        };
    if (starts == null || starts.length != scalar.value().length() + 1) {
      return new ScalarOffsets(span, null);
    }
    if (!decodedMatches(text, scalar, starts)) {
      return new ScalarOffsets(span, null);
    }
    return new ScalarOffsets(span, starts);
  }

  /** True when {@link #span} is exact; false when it falls back to the whole node. */
  public boolean exact() {
    return starts != null;
  }

  /** The source span of the decoded range {@code [from, to)}, or the whole node when not exact. */
  public Span span(int from, int to) {
    if (starts == null || from < 0 || to < from || to >= starts.length) {
      return whole;
    }
    return Span.of(starts[from], starts[to]);
  }

  /** The whole node, quotes included, without the line break that ends a block scalar. */
  public Span whole() {
    return whole;
  }

  /** A block scalar's span ends after its last line break; a finding should end on the text. */
  private static Span withoutTrailingBreaks(String text, Span span) {
    int end = span.end();
    while (end > span.start() && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return Span.of(span.start(), end);
  }

  private static int[] plain(String source, int base) {
    int[] starts = new int[source.length() + 1];
    for (int i = 0; i <= source.length(); i++) {
      starts[i] = base + i;
    }
    return starts;
  }

  private static int[] singleQuoted(String source, int base) {
    if (source.length() < 2 || source.charAt(0) != '\'' || source.charAt(source.length() - 1) != '\'') {
      return null;
    }
    int close = source.length() - 1;
    int[] starts = new int[close];
    int count = 0;
    int i = 1;
    while (i < close) {
      starts[count++] = base + i;
      i += source.charAt(i) == '\'' ? 2 : 1;
    }
    if (i != close) {
      return null;
    }
    starts[count++] = base + close;
    return Arrays.copyOf(starts, count);
  }

  private static int[] doubleQuoted(String source, int base) {
    if (source.length() < 2 || source.charAt(0) != '"' || source.charAt(source.length() - 1) != '"') {
      return null;
    }
    int close = source.length() - 1;
    int[] starts = new int[close + 1];
    int count = 0;
    int i = 1;
    while (i < close) {
      char c = source.charAt(i);
      if (c != '\\') {
        starts[count++] = base + i;
        i++;
        continue;
      }
      if (i + 1 >= close) {
        return null;
      }
      int width = escapeWidth(source.charAt(i + 1));
      if (width < 0 || i + width > close) {
        return null;
      }
      int units = 1;
      if (source.charAt(i + 1) == 'U') {
        try {
          units = Character.charCount(Integer.parseInt(source.substring(i + 2, i + width), 16));
        } catch (IllegalArgumentException e) {
          return null;
        }
      }
      for (int unit = 0; unit < units; unit++) {
        starts[count++] = base + i;
      }
      i += width;
    }
    starts[count++] = base + close;
    return Arrays.copyOf(starts, count);
  }

  /** Source length of an escape whose letter is {@code c}, or -1 for one we do not map. */
  private static int escapeWidth(char c) {
    return switch (c) {
      case '0', 'a', 'b', 't', '\t', 'n', 'v', 'f', 'r', 'e', ' ', '"', '/', '\\', 'N', '_', 'L', 'P' -> 2;
      case 'x' -> 4;
      case 'u' -> 6;
      case 'U' -> 10;
      default -> -1;
    };
  }

  /**
   * A cheap cross-check that the mapping lines up with snakeyaml's decoding: every char that was
   * not escaped must be the same in the value and in the source.
   */
  private static boolean decodedMatches(String text, YamlScalar scalar, int[] starts) {
    String value = scalar.value();
    for (int i = 0; i < value.length(); i++) {
      char source = text.charAt(starts[i]);
      boolean escaped = scalar.style() == ScalarStyle.DOUBLE_QUOTED && source == '\\';
      if (!escaped && source != value.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
