package dev.agentmd.core.rules.reading;

import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.SyntaxProblemRule;
import dev.agentmd.core.syntax.SyntaxProblem;

/** The frontmatter must stay within safe bounds for nesting and alias expansion. */
public final class YamlTooComplexRule extends SyntaxProblemRule {

  public YamlTooComplexRule() {
    super(SyntaxProblem.Kind.YAML_TOO_COMPLEX);
  }

  @Override
  public String id() {
    return "yaml/too-complex";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "The frontmatter must stay within safe bounds for nesting and alias expansion.";
  }
}
