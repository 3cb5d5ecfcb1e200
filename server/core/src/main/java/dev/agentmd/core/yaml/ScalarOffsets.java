package dev.agentmd.core.yaml;

import dev.agentmd.core.text.Span;

/**
 * Maps positions in a scalar's decoded value back to the source text, so a finding about part of
 * a value (one entry of {@code tools: Read, LS}, one tag inside a description) underlines exactly
 * that part.
 *
 * <p>The map is rebuilt by decoding the source again, in every style: plain and lenient, single-
 * quoted ({@code ''} is one quote), double-quoted (every escape, escaped line breaks), literal and
 * folded blocks (chomping and indentation indicators), with line folding over several lines and
 * CRLF line breaks. A char copied from the source maps to that char; a char an escape produces maps
 * to the whole escape (both UTF-16 units of {@code \U0001F680} map to it); a char line folding
 * produces (a space, or a line feed per empty line) maps to its piece of the gap between the lines,
 * starting at a line break or at the blanks before it. The rebuilt text must equal the parser's
 * value; if it does not (a shape we do not model), every position maps to the whole node, which is
 * still the right place, only coarser, and {@link #exact()} is false.
 */
public final class ScalarOffsets {

  private final Span whole;

  /** Source range of each decoded char; null when not exact or verbatim. */
  private final int[] starts;

  private final int[] ends;

  /** Number of decoded chars (the arrays may be longer). */
  private final int length;

  /** Where an insertion after the last decoded char goes. */
  private final int endOfValue;

  private ScalarOffsets(Span whole, int[] starts, int[] ends, int length, int endOfValue) {
    this.whole = whole;
    this.starts = starts;
    this.ends = ends;
    this.length = length;
    this.endOfValue = endOfValue;
  }

  public static ScalarOffsets of(String text, YamlScalar scalar) {
    Span span = scalar.span();
    if (span.end() > text.length()) {
      return coarse(span);
    }
    if (isVerbatim(text, scalar)) {
      return new ScalarOffsets(span, null, null, scalar.value().length(), span.end());
    }
    DecodedText decoded =
        switch (scalar.style()) {
          case LENIENT -> null;
          case PLAIN, SINGLE_QUOTED, DOUBLE_QUOTED ->
              FlowScalarMap.decode(text, span.start(), span.end(), scalar.style());
          case LITERAL, FOLDED ->
              span.isEmpty() ? null : BlockScalarMap.decode(text, span.start(), scalar.value());
        };
    if (decoded == null || !decoded.contentEquals(scalar.value())) {
      return coarse(withoutTrailingBreaks(text, span));
    }
    return new ScalarOffsets(span, decoded.starts(), decoded.ends(), decoded.length(), decoded.endOfValue());
  }

  /** True when {@link #span} is exact; false when it falls back to the whole node. */
  public boolean exact() {
    return starts != null || verbatim();
  }

  /** A value that is its own source (lenient, or plain on one line): char i is at {@code whole.start() + i}. */
  private boolean verbatim() {
    return starts == null && length > 0;
  }

  /** Length of the decoded value this map covers (0 when not exact). */
  public int length() {
    return length;
  }

  /**
   * The source span of the decoded range {@code [from, to)}: from the start of the source of its
   * first char to the end of the source of its last. An empty range is an insertion point before
   * decoded char {@code from} (after the last char when {@code from} is the length). The whole node
   * when not exact or out of range.
   */
  public Span span(int from, int to) {
    if (!exact() || from < 0 || to < from || to > length) {
      return whole;
    }
    if (verbatim()) {
      return Span.of(whole.start() + from, whole.start() + to);
    }
    if (from == to) {
      return Span.empty(from < length ? starts[from] : endOfValue);
    }
    return Span.of(starts[from], Math.max(starts[from], ends[to - 1]));
  }

  /** The source span that produces decoded char {@code index}; the whole node when not exact. */
  public Span charSpan(int index) {
    return span(index, index + 1);
  }

  /** The whole node, quotes included, without the line break that ends a block scalar. */
  public Span whole() {
    return whole;
  }

  private static ScalarOffsets coarse(Span whole) {
    return new ScalarOffsets(whole, null, null, 0, whole.end());
  }

  /**
   * True for a lenient value (the raw rest of its line) and a plain value on one line: the value is
   * exactly its source text, so the map is the identity and needs no arrays.
   */
  private static boolean isVerbatim(String text, YamlScalar scalar) {
    Span span = scalar.span();
    String value = scalar.value();
    if (value.isEmpty() || value.length() != span.length()
        || scalar.style() != ScalarStyle.LENIENT && scalar.style() != ScalarStyle.PLAIN) {
      return false;
    }
    return text.startsWith(value, span.start());
  }

  /** A block scalar's span ends after its last line break; a finding should end on the text. */
  private static Span withoutTrailingBreaks(String text, Span span) {
    int end = span.end();
    while (end > span.start() && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    return Span.of(span.start(), end);
  }
}
