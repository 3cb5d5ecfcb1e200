package dev.agentmd.core.yaml;

import dev.agentmd.core.text.Span;
import java.util.List;

/** A block ({@code - a}) or flow ({@code [a, b]}) sequence. */
public record YamlSequence(List<YamlNode> items, boolean flow, Span span) implements YamlNode {

  public YamlSequence {
    items = List.copyOf(items);
  }

  @Override
  public String kindName() {
    return "a list";
  }
}
