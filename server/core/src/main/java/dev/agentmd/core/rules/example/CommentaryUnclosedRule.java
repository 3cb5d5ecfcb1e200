package dev.agentmd.core.rules.example;

import dev.agentmd.core.examples.ExampleProblem;
import dev.agentmd.core.finding.Severity;

/**
 * Every `<commentary>` must be closed by `</commentary>`.
 *
 * <p>An unclosed commentary runs to the end of its example, swallowing the turns after it.
 */
public final class CommentaryUnclosedRule extends ExampleProblemRule {

  public CommentaryUnclosedRule() {
    super(ExampleProblem.Kind.COMMENTARY_UNCLOSED);
  }

  @Override
  public String id() {
    return "example/commentary-unclosed";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "Every `<commentary>` must be closed by `</commentary>`.";
  }

  @Override
  String message(ExampleProblem problem) {
    return "This `<commentary>` is never closed, so the rest of the example reads as commentary. Add"
        + " `</commentary>` where the commentary ends.";
  }
}
