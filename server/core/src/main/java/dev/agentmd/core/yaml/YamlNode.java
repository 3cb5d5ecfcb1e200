package dev.agentmd.core.yaml;

import dev.agentmd.core.text.Span;

/**
 * A YAML node with its exact source span. The tree is our own, so rules never see snakeyaml types
 * and a broken entry can still be represented ({@link YamlUnreadable}).
 */
public sealed interface YamlNode permits YamlScalar, YamlSequence, YamlMapping, YamlUnreadable {

  Span span();

  /** A short noun for messages: "a string", "a list", "a mapping", … */
  String kindName();
}
