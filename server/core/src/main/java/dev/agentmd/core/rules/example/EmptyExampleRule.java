package dev.agentmd.core.rules.example;

import dev.agentmd.core.examples.ExampleProblem;
import dev.agentmd.core.finding.Severity;

/**
 * An `<example>` block must not be empty.
 *
 * <p>An empty block tells the model nothing about when to pick the agent.
 */
public final class EmptyExampleRule extends ExampleProblemRule {

  public EmptyExampleRule() {
    super(ExampleProblem.Kind.EMPTY);
  }

  @Override
  public String id() {
    return "example/empty";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "An `<example>` block must not be empty.";
  }

  @Override
  String message(ExampleProblem problem) {
    return "This example is empty. Write the situation, the user turn and the assistant turn between"
        + " `<example>` and `</example>`, or remove the block.";
  }
}
