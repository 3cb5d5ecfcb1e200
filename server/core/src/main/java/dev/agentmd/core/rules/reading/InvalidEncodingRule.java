package dev.agentmd.core.rules.reading;

import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.SyntaxProblemRule;
import dev.agentmd.core.syntax.SyntaxProblem;

/** The file must be valid UTF-8. */
public final class InvalidEncodingRule extends SyntaxProblemRule {

  public InvalidEncodingRule() {
    super(SyntaxProblem.Kind.INVALID_ENCODING);
  }

  @Override
  public String id() {
    return "file/encoding";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "The file must be valid UTF-8.";
  }
}
