package dev.agentmd.core.rules.reading;

import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.SyntaxProblemRule;
import dev.agentmd.core.syntax.SyntaxProblem;

/** The frontmatter must be closed by a line that is exactly `---`. */
public final class UnclosedFrontmatterRule extends SyntaxProblemRule {

  public UnclosedFrontmatterRule() {
    super(SyntaxProblem.Kind.FRONTMATTER_UNCLOSED);
  }

  @Override
  public String id() {
    return "frontmatter/unclosed";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "The frontmatter must be closed by a line that is exactly `---`.";
  }
}
