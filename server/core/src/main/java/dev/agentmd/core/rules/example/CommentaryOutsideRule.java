package dev.agentmd.core.rules.example;

import dev.agentmd.core.examples.ExampleProblem;
import dev.agentmd.core.finding.Severity;

/**
 * `<commentary>` belongs inside an `<example>` block.
 *
 * <p>Outside an example the model cannot tell which example the commentary explains.
 */
public final class CommentaryOutsideRule extends ExampleProblemRule {

  public CommentaryOutsideRule() {
    super(ExampleProblem.Kind.COMMENTARY_OUTSIDE);
  }

  @Override
  public String id() {
    return "example/commentary-outside";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "`<commentary>` belongs inside an `<example>` block.";
  }

  @Override
  String message(ExampleProblem problem) {
    return "This `<commentary>` is outside any example; commentary explains why an example triggers the"
        + " agent, so move it inside the `<example>` it belongs to, before `</example>`.";
  }
}
