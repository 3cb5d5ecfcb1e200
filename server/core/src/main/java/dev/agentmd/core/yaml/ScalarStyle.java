package dev.agentmd.core.yaml;

/** How a scalar is written in the source. */
public enum ScalarStyle {
  PLAIN,
  SINGLE_QUOTED,
  DOUBLE_QUOTED,
  LITERAL,
  FOLDED,
  /**
   * A one-line plain value that strict YAML rejects but Claude Code reads as the raw rest of the
   * line (it quotes such values before parsing); for example a description containing {@code
   * Context: }.
   */
  LENIENT;

  public boolean isQuoted() {
    return this == SINGLE_QUOTED || this == DOUBLE_QUOTED;
  }

  public boolean isBlock() {
    return this == LITERAL || this == FOLDED;
  }
}
