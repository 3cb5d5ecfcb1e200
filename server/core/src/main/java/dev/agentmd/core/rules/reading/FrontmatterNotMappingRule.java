package dev.agentmd.core.rules.reading;

import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.SyntaxProblemRule;
import dev.agentmd.core.syntax.SyntaxProblem;

/** The frontmatter must be a mapping of `key: value` entries. */
public final class FrontmatterNotMappingRule extends SyntaxProblemRule {

  public FrontmatterNotMappingRule() {
    super(SyntaxProblem.Kind.FRONTMATTER_NOT_MAPPING);
  }

  @Override
  public String id() {
    return "frontmatter/not-mapping";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "The frontmatter must be a mapping of `key: value` entries.";
  }
}
