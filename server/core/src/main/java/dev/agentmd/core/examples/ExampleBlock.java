package dev.agentmd.core.examples;

import dev.agentmd.core.text.Span;
import java.util.List;
import java.util.Optional;

/**
 * One {@code <example>} block of a description: where it is in the source (for document symbols
 * and folding ranges), its tags and its parts in order.
 *
 * @param span from the opening tag to the end of the closing tag, or to where the block stops when
 *     it is not closed
 * @param closeTag the {@code </example>} tag; empty when the block is not closed
 * @param parts context, turns, commentary and pseudo-actions, in source order
 * @param from logical start of the content, after the opening tag
 * @param to logical end of the content, before the closing tag
 * @param title a short label for the block: its context, else its first user turn, else empty
 */
public record ExampleBlock(
    Span span, Span openTag, Optional<Span> closeTag, List<ExamplePart> parts, int from, int to, String title) {

  public ExampleBlock {
    parts = List.copyOf(parts);
  }

  public boolean closed() {
    return closeTag.isPresent();
  }

  public List<ExamplePart.Turn> turns() {
    return parts.stream().filter(ExamplePart.Turn.class::isInstance).map(ExamplePart.Turn.class::cast).toList();
  }

  public boolean has(ExamplePart.Speaker speaker) {
    return turns().stream().anyMatch(turn -> turn.speaker() == speaker);
  }
}
