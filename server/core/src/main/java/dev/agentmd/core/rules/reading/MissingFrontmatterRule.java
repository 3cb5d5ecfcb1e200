package dev.agentmd.core.rules.reading;

import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.SyntaxProblemRule;
import dev.agentmd.core.syntax.SyntaxProblem;

/** An agent file must start with a `---` line that opens its YAML frontmatter. */
public final class MissingFrontmatterRule extends SyntaxProblemRule {

  public MissingFrontmatterRule() {
    super(SyntaxProblem.Kind.FRONTMATTER_MISSING);
  }

  @Override
  public String id() {
    return "frontmatter/missing";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "An agent file must start with a `---` line that opens its YAML frontmatter.";
  }
}
