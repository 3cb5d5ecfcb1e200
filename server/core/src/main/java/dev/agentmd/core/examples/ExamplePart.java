package dev.agentmd.core.examples;

import dev.agentmd.core.text.Span;
import java.util.Optional;

/**
 * One part of an {@code <example>} block, with its source span. Positions named {@code from} and
 * {@code to} are logical ({@link LogicalText}); spans are source offsets.
 */
public sealed interface ExamplePart {

  /** The part's whole extent in the source. */
  Span span();

  /** Who speaks in a turn. */
  enum Speaker {
    USER,
    ASSISTANT
  }

  /**
   * The {@code Context:} line: what is going on when the user speaks.
   *
   * @param label the source of {@code Context:}
   */
  record Context(Span span, Span label, int from, int to) implements ExamplePart {}

  /**
   * A turn such as {@code user: "Review my PR"}.
   *
   * @param label the speaker label as written, without the colon ({@code user}, {@code Assistant})
   * @param labelSpan the source of the label and its colon
   * @param from logical start of what is said, after the label
   * @param to logical end of what is said
   */
  record Turn(Speaker speaker, String label, Span span, Span labelSpan, int from, int to) implements ExamplePart {}

  /** A {@code <commentary>} block; {@code closeTag} is empty when it is never closed. */
  record Commentary(Span span, Span openTag, Optional<Span> closeTag) implements ExamplePart {}

  /**
   * A pseudo-action line such as {@code <Task tool invocation with code-reviewer agent>}: free text
   * the generator writes where the assistant acts, never a tag that needs closing.
   */
  record Action(Span span, int from, int to) implements ExamplePart {}
}
