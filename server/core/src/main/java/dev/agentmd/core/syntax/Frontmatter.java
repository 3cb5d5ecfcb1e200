package dev.agentmd.core.syntax;

import dev.agentmd.core.text.Span;
import java.util.Optional;

/**
 * Where the frontmatter is: the opening fence line, the YAML between the fences and the closing
 * fence line (absent when the block is never closed).
 */
public record Frontmatter(Span openingFence, Span content, Optional<Span> closingFence) {

  public boolean closed() {
    return closingFence.isPresent();
  }
}
