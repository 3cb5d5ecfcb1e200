package dev.agentmd.core.rules.reading;

import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.SyntaxProblemRule;
import dev.agentmd.core.syntax.SyntaxProblem;

/** The frontmatter must be YAML that Claude Code can read. */
public final class YamlSyntaxRule extends SyntaxProblemRule {

  public YamlSyntaxRule() {
    super(SyntaxProblem.Kind.YAML_SYNTAX);
  }

  @Override
  public String id() {
    return "yaml/syntax";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "The frontmatter must be YAML that Claude Code can read.";
  }
}
