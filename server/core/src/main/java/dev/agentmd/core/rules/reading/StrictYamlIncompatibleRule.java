package dev.agentmd.core.rules.reading;

import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.SyntaxProblemRule;
import dev.agentmd.core.syntax.SyntaxProblem;

/** A value Claude Code reads but strict YAML parsers reject should be quoted. */
public final class StrictYamlIncompatibleRule extends SyntaxProblemRule {

  public StrictYamlIncompatibleRule() {
    super(SyntaxProblem.Kind.YAML_STRICT_INCOMPATIBLE);
  }

  @Override
  public String id() {
    return "yaml/strict-incompatible";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "A value Claude Code reads but strict YAML parsers reject should be quoted.";
  }
}
