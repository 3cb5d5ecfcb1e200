package dev.agentmd.core.yaml;

/** What a scalar resolves to under the YAML 1.2 core schema. */
public enum ScalarType {
  STRING("a string"),
  NULL("empty (null)"),
  BOOLEAN("a boolean"),
  INTEGER("an integer"),
  FLOAT("a number");

  private final String noun;

  ScalarType(String noun) {
    this.noun = noun;
  }

  public String noun() {
    return noun;
  }
}
