package dev.agentmd.core.examples;

import dev.agentmd.core.text.Span;
import dev.agentmd.core.yaml.ScalarOffsets;
import dev.agentmd.core.yaml.ScalarStyle;
import dev.agentmd.core.yaml.YamlScalar;
import java.util.Arrays;
import java.util.BitSet;

/**
 * A description as the model reads its examples: the decoded value, where in a one-line style the
 * two characters {@code \n} stand for a line break, with a map from every logical char back to
 * the source.
 *
 * <p>Claude Code's agent generator wrote descriptions as one plain line with literal {@code \n}
 * between the lines of each example (plain and lenient values, and single-quoted copies of them);
 * generated double-quoted values often carry {@code \\n}, which decodes to the same two
 * characters. In all four flow styles those two characters become one logical line break, which
 * maps back to the two (or three) source characters that wrote it. Block scalars ({@code |},
 * {@code >}) have real lines and are taken as decoded.
 */
public final class LogicalText {

  private final String text;
  private final ScalarOffsets offsets;
  private final ScalarStyle style;

  /** Logical offsets of the line breaks that stand for {@code \n}, ascending; each is two decoded chars. */
  private final int[] breaks;

  /** Logical spaces that line folding made of a line break in the source. */
  private final BitSet folds;

  private LogicalText(String text, ScalarOffsets offsets, ScalarStyle style, int[] breaks, BitSet folds) {
    this.text = text;
    this.offsets = offsets;
    this.style = style;
    this.breaks = breaks;
    this.folds = folds;
  }

  /** The logical text of {@code scalar}, a string value in {@code document}. */
  public static LogicalText of(String document, YamlScalar scalar) {
    ScalarOffsets offsets = ScalarOffsets.of(document, scalar);
    String value = scalar.value();
    int[] breaks = new int[0];
    String logical = value;
    if (!scalar.style().isBlock() && value.contains("\\n")) {
      StringBuilder out = new StringBuilder(value.length());
      breaks = new int[16];
      int count = 0;
      int copied = 0;
      for (int at = value.indexOf("\\n"); at >= 0; at = value.indexOf("\\n", at + 2)) {
        if (at > 0 && value.charAt(at - 1) == '\\') {
          continue; // an escaped backslash before n: the text "\\n"
        }
        out.append(value, copied, at);
        if (count == breaks.length) {
          breaks = Arrays.copyOf(breaks, count * 2);
        }
        breaks[count++] = out.length();
        out.append('\n');
        copied = at + 2;
      }
      out.append(value, copied, value.length());
      breaks = Arrays.copyOf(breaks, count);
      logical = out.toString();
    }
    return new LogicalText(logical, offsets, scalar.style(), breaks, folds(document, scalar, offsets, logical, breaks));
  }

  /** The logical spaces that folding made, for a value written over several source lines. */
  private static BitSet folds(String document, YamlScalar scalar, ScalarOffsets offsets, String logical, int[] breaks) {
    BitSet folds = new BitSet();
    if (scalar.style() == ScalarStyle.LENIENT || !offsets.exact() || !spansLines(document, offsets.whole())) {
      return folds;
    }
    for (int i = logical.indexOf(' '); i >= 0; i = logical.indexOf(' ', i + 1)) {
      int decoded = decoded(breaks, i);
      Span source = offsets.span(decoded, decoded + 1);
      if (source.length() > 1 && spansLines(document, source)) {
        folds.set(i);
      }
    }
    return folds;
  }

  /** The decoded index of logical index {@code index}: each converted break before it was two chars. */
  private static int decoded(int[] breaks, int index) {
    int before = Arrays.binarySearch(breaks, index);
    return index + (before >= 0 ? before : -before - 1);
  }

  private static boolean spansLines(String document, Span span) {
    for (int i = span.start(); i < span.end(); i++) {
      if (document.charAt(i) == '\n' || document.charAt(i) == '\r') {
        return true;
      }
    }
    return false;
  }

  public String text() {
    return text;
  }

  public int length() {
    return text.length();
  }

  public ScalarStyle style() {
    return style;
  }

  /** True when every logical position maps exactly; false when all map to the whole value. */
  public boolean exact() {
    return offsets.exact();
  }

  /** The source span of the logical range {@code [from, to)}; an empty range is an insertion point. */
  public Span span(int from, int to) {
    if (from < 0 || to < from || to > text.length()) {
      return offsets.whole();
    }
    return offsets.span(decoded(breaks, from), decoded(breaks, to));
  }

  /** The whole value in the source, quotes and block header included. */
  public Span whole() {
    return offsets.whole();
  }

  /**
   * True when the char before {@code index} is a space that line folding made of a line break: in
   * the source, {@code index} starts a line (a {@code >} block, or a plain or quoted value over
   * several lines), though the model reads one line.
   */
  public boolean foldedBefore(int index) {
    return index > 0 && folds.get(index - 1);
  }

  /** The first folded space at or after {@code from}, or -1. */
  public int nextFold(int from) {
    return folds.nextSetBit(from);
  }
}
