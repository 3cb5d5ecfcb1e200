package dev.agentmd.core.examples;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the paired tags of the example grammar — {@code <example>}, {@code </example>}, {@code
 * <commentary>}, {@code </commentary>} — in a logical text. Every other {@code <…>} is free text:
 * {@code <Task tool invocation …>}, {@code <examples>}, {@code <function call omitted …>}.
 *
 * <p>A paired tag whose {@code >} is missing ({@code <commentaryUse the …}, {@code
 * </commentary</example>}, {@code <example} at the end of a line) is still taken as that tag, so
 * one typo gives one finding instead of a cascade, and is marked broken. A tag written in inline
 * code ({@code `<example>`}) is a mention, not a tag.
 */
final class ExampleTags {

  /** Which paired tag. */
  enum Name {
    EXAMPLE("example"),
    COMMENTARY("commentary");

    final String word;

    Name(String word) {
      this.word = word;
    }
  }

  /**
   * One tag at logical {@code [from, to)}; {@code nameEnd} is where its name ends, which is where
   * a broken tag's {@code >} belongs.
   */
  record Tag(Name name, boolean closing, int from, int to, int nameEnd, boolean broken) {

    boolean opens(Name n) {
      return name == n && !closing;
    }

    boolean closes(Name n) {
      return name == n && closing;
    }
  }

  /** How far to look for the {@code >} of a tag with attributes, such as {@code <example id="1">}. */
  private static final int MAX_ATTRIBUTES = 120;

  private ExampleTags() {}

  static List<Tag> scan(String text) {
    List<Tag> tags = new ArrayList<>();
    for (int i = text.indexOf('<'); i >= 0; i = text.indexOf('<', i + 1)) {
      Tag tag = read(text, i);
      if (tag != null) {
        tags.add(tag);
      }
    }
    return tags;
  }

  private static Tag read(String text, int at) {
    int i = at + 1;
    boolean closing = i < text.length() && text.charAt(i) == '/';
    if (closing) {
      i++;
    }
    Name name = null;
    for (Name candidate : Name.values()) {
      if (text.regionMatches(true, i, candidate.word, 0, candidate.word.length())) {
        name = candidate;
      }
    }
    if (name == null || at > 0 && text.charAt(at - 1) == '`') {
      return null;
    }
    int end = i + name.word.length();
    if (end >= text.length()) {
      return new Tag(name, closing, at, end, end, true);
    }
    char next = text.charAt(end);
    if (next == '>') {
      return new Tag(name, closing, at, end + 1, end, false);
    }
    if (next == '<' || next == '\n' || next == '\r' || Character.isUpperCase(next)) {
      return new Tag(name, closing, at, end, end, true);
    }
    if (next == ' ' || next == '\t') {
      return withAttributes(text, name, closing, at, end);
    }
    return null; // another name (<examples>, <example_1>) or punctuation: free text
  }

  /** {@code <example id="1">} is the tag; {@code <example} followed only by blanks lacks its {@code >}. */
  private static Tag withAttributes(String text, Name name, boolean closing, int at, int end) {
    int limit = Math.min(text.length(), end + MAX_ATTRIBUTES);
    boolean blank = true;
    for (int j = end; j < limit; j++) {
      char c = text.charAt(j);
      if (c == '>') {
        return blank ? new Tag(name, closing, at, j + 1, end, false) : attributes(text, name, closing, at, end, j);
      }
      if (c == '<' || c == '\n' || c == '\r') {
        break;
      }
      blank &= c == ' ' || c == '\t';
    }
    return blank ? new Tag(name, closing, at, end, end, true) : null;
  }

  /** Attributes look like {@code key="value"}; prose before a {@code >} ("<example of a -> b") does not. */
  private static Tag attributes(String text, Name name, boolean closing, int at, int end, int close) {
    String inside = text.substring(end, close).strip();
    return !closing && inside.matches("([A-Za-z_:-]+=(\"[^\"]*\"|'[^']*'|\\S+)\\s*)+")
        ? new Tag(name, false, at, close + 1, end, false)
        : null;
  }
}
