package dev.agentmd.core.examples;

import dev.agentmd.core.text.Span;

/**
 * Something wrong with the {@code <example>} structure of a description, at the offending tag or
 * label in the source. The rules in {@code rules/example} turn these into findings.
 *
 * @param found the offending text as the model reads it (a tag, a label), for messages
 * @param at logical offset of the offending text
 */
public record ExampleProblem(Kind kind, Span span, String found, int at) {

  /** The kinds of problem; each has one rule. */
  public enum Kind {
    /** An {@code <example>} without its {@code </example>}. */
    UNCLOSED,
    /** A {@code </example>} or {@code </commentary>} without an opening tag. */
    UNOPENED,
    /** An {@code <example>} inside another. */
    NESTED,
    /** A {@code <commentary>} without its {@code </commentary>}. */
    COMMENTARY_UNCLOSED,
    /** A {@code <commentary>} outside any example. */
    COMMENTARY_OUTSIDE,
    /** An example or commentary tag without its {@code >}: {@code <commentaryUse}, {@code </commentary</example>}. */
    MALFORMED_TAG,
    /** An example without a {@code user:} turn. */
    MISSING_USER,
    /** An example without an {@code assistant:} turn. */
    MISSING_ASSISTANT,
    /** An example with nothing in it. */
    EMPTY,
    /** A speaker label other than {@code user:} and {@code assistant:}. */
    SPEAKER_LABEL
  }
}
