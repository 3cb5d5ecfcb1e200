package dev.agentmd.core.kind;

import java.util.Optional;

/**
 * The kinds of agent markdown file agentmd knows. Each has a schema in {@code schemas/} and a rule
 * set; adding a kind means a schema, a detection rule in {@link FileKindDetector} and its rules.
 */
public enum FileKind {
  CLAUDE_AGENT("claude-agent", "Claude Code subagent", "schemas/claude-agent.schema.json");

  private final String id;
  private final String displayName;
  private final String schemaResource;

  FileKind(String id, String displayName, String schemaResource) {
    this.id = id;
    this.displayName = displayName;
    this.schemaResource = schemaResource;
  }

  /** The stable id used on the command line ({@code --kind}) and in settings. */
  public String id() {
    return id;
  }

  public String displayName() {
    return displayName;
  }

  /** Classpath location of this kind's JSON Schema. */
  public String schemaResource() {
    return schemaResource;
  }

  public static Optional<FileKind> fromId(String id) {
    for (FileKind kind : values()) {
      if (kind.id.equals(id)) {
        return Optional.of(kind);
      }
    }
    return Optional.empty();
  }
}
