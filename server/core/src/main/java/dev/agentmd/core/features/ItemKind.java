package dev.agentmd.core.features;

/** What a completion proposes; the LSP edge maps each to a {@code CompletionItemKind}. */
public enum ItemKind {
  /** A frontmatter key (with {@code : } or a skeleton for structured keys). */
  KEY,
  /** An enum value, a boolean or the file's name. */
  VALUE,
  /** A tool name in {@code tools}, {@code disallowedTools} or a hook matcher. */
  TOOL,
  /** A model alias or id. */
  MODEL,
  /** A hook event name under {@code hooks}. */
  EVENT,
  /** A template that is neither a key nor a value (the {@code <example>} block, later). */
  SNIPPET
}
