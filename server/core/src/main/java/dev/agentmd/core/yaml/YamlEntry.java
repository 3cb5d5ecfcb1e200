package dev.agentmd.core.yaml;

import dev.agentmd.core.text.Span;
import java.util.Optional;

/** One key/value pair of a mapping. */
public record YamlEntry(YamlNode key, YamlNode value) {

  /** The key's text when it is a scalar; empty for a list or mapping used as a key. */
  public Optional<String> keyText() {
    return key instanceof YamlScalar scalar ? Optional.of(scalar.value()) : Optional.empty();
  }

  public Span span() {
    return Span.of(key.span().start(), Math.max(key.span().end(), value.span().end()));
  }
}
