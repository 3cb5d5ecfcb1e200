package dev.agentmd.core.yaml;

import dev.agentmd.core.text.Span;

/**
 * A scalar: its decoded value, how it was written, what it resolves to, and its source span
 * (including quotes and block headers).
 */
public record YamlScalar(String value, ScalarStyle style, ScalarType type, Span span)
    implements YamlNode {

  public boolean isString() {
    return type == ScalarType.STRING;
  }

  public boolean isNull() {
    return type == ScalarType.NULL;
  }

  @Override
  public String kindName() {
    return type.noun();
  }
}
