package dev.agentmd.core.features;

/** What a {@link Symbol} stands for; the LSP edge maps each to a {@code SymbolKind}. */
public enum SymbolKind {
  FRONTMATTER,
  KEY,
  HEADING,
  /** An {@code <example>} block of the description (a later issue; not produced yet). */
  EXAMPLE
}
