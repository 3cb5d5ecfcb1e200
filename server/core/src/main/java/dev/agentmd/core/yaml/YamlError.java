package dev.agentmd.core.yaml;

import dev.agentmd.core.text.Span;

/** Why a piece of YAML could not be read, and where. */
public record YamlError(Kind kind, String message, Span span) {

  public enum Kind {
    /** The text is not valid YAML. */
    SYNTAX,
    /** Valid YAML that exceeds a safety bound (alias expansion, nesting depth, node count). */
    TOO_COMPLEX
  }
}
