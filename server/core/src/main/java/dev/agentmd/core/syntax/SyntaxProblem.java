package dev.agentmd.core.syntax;

import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.text.Span;
import java.util.List;

/** A problem found while reading a file, as data; a rule per kind turns it into a finding. */
public record SyntaxProblem(Kind kind, String message, Span span, List<Fix> fixes) {

  public SyntaxProblem {
    fixes = List.copyOf(fixes);
  }

  public SyntaxProblem(Kind kind, String message, Span span) {
    this(kind, message, span, List.of());
  }

  /** The closed set of reading problems. */
  public enum Kind {
    BINARY,
    INVALID_ENCODING,
    FRONTMATTER_MISSING,
    FRONTMATTER_UNCLOSED,
    FRONTMATTER_NOT_MAPPING,
    YAML_SYNTAX,
    YAML_TOO_COMPLEX,
    YAML_STRICT_INCOMPATIBLE,
    YAML_DUPLICATE_KEY
  }
}
