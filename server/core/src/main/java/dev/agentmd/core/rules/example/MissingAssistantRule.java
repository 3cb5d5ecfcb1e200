package dev.agentmd.core.rules.example;

import dev.agentmd.core.examples.ExampleProblem;
import dev.agentmd.core.finding.Severity;

/**
 * Every example should have an `assistant:` turn.
 *
 * <p>A turn is a line (or a stretch after a tag) that starts with {@code assistant:}; {@code
 * Assistant:} and {@code Claude:} count too, and are reported by {@code example/speaker-label}.
 */
public final class MissingAssistantRule extends ExampleProblemRule {

  public MissingAssistantRule() {
    super(ExampleProblem.Kind.MISSING_ASSISTANT);
  }

  @Override
  public String id() {
    return "example/missing-assistant";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "Every example should have an `assistant:` turn.";
  }

  @Override
  String message(ExampleProblem problem) {
    return "This example has no `assistant:` turn. An example should show the assistant handing the"
        + " work to this agent, such as `assistant: \"I will use the <name> agent to …\"`.";
  }
}
