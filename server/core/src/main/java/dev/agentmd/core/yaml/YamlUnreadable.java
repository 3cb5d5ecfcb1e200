package dev.agentmd.core.yaml;

import dev.agentmd.core.text.Span;

/**
 * The value of an entry that could not be parsed. Its key is still known, so "missing key" rules
 * stay quiet while the syntax error is reported once, where it is.
 */
public record YamlUnreadable(Span span) implements YamlNode {

  @Override
  public String kindName() {
    return "unreadable YAML";
  }
}
