package dev.agentmd.core.rules.reading;

import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.SyntaxProblemRule;
import dev.agentmd.core.syntax.SyntaxProblem;

/** A key must appear only once in a mapping. */
public final class DuplicateKeyRule extends SyntaxProblemRule {

  public DuplicateKeyRule() {
    super(SyntaxProblem.Kind.YAML_DUPLICATE_KEY);
  }

  @Override
  public String id() {
    return "yaml/duplicate-key";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "A key must appear only once in a mapping.";
  }
}
