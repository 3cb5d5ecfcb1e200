package dev.agentmd.core.text;

/**
 * A half-open range {@code [start, end)} of UTF-16 offsets into a document's decoded text.
 *
 * <p>The whole core works on offsets; only the edges (CLI reporters, the LSP adapter) turn them into
 * lines and columns in the encoding their consumer wants.
 */
public record Span(int start, int end) implements Comparable<Span> {

  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public static Span of(int start, int end) {
    return new Span(start, end);
  }

  public static Span empty(int offset) {
    return new Span(offset, offset);
  }

  public int length() {
    return end - start;
  }

  public boolean isEmpty() {
    return start == end;
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  public boolean containsOrTouches(int offset) {
    return offset >= start && offset <= end;
  }

  public Span shift(int delta) {
    return new Span(start + delta, end + delta);
  }

  public String textOf(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  @Override
  public int compareTo(Span other) {
    int byStart = Integer.compare(start, other.start);
    return byStart != 0 ? byStart : Integer.compare(end, other.end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + ")";
  }
}
