package dev.agentmd.core.rules.reading;

import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.SyntaxProblemRule;
import dev.agentmd.core.syntax.SyntaxProblem;

/** A binary file (one with NUL bytes) is not an agent file. */
public final class BinaryFileRule extends SyntaxProblemRule {

  public BinaryFileRule() {
    super(SyntaxProblem.Kind.BINARY);
  }

  @Override
  public String id() {
    return "file/binary";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "A binary file (one with NUL bytes) is not an agent file.";
  }
}
