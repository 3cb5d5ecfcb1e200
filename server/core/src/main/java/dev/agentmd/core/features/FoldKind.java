package dev.agentmd.core.features;

/** What a {@link Fold} covers. */
public enum FoldKind {
  /** The frontmatter block, fence to fence. */
  FRONTMATTER,
  /** A top-level frontmatter entry that spans several lines, or (later) an example block. */
  REGION,
  /** A body heading and everything up to the next heading of the same or a higher level. */
  SECTION
}
