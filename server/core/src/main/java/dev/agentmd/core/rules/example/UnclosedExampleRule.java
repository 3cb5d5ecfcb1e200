package dev.agentmd.core.rules.example;

import dev.agentmd.core.examples.ExampleProblem;
import dev.agentmd.core.finding.Severity;

/**
 * Every `<example>` must be closed by `</example>`.
 *
 * <p>Claude Code puts the description into the prompt that picks a subagent; an open block runs
 * into the prose or the next example. The block stops at the next {@code <example>} or at the end
 * of the description.
 */
public final class UnclosedExampleRule extends ExampleProblemRule {

  public UnclosedExampleRule() {
    super(ExampleProblem.Kind.UNCLOSED);
  }

  @Override
  public String id() {
    return "example/unclosed";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "Every `<example>` must be closed by `</example>`.";
  }

  @Override
  String message(ExampleProblem problem) {
    return "This `<example>` is never closed: without `</example>` the model cannot tell where the example"
        + " ends and the text after it begins. Add `</example>` where the example ends.";
  }
}
