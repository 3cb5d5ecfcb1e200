package dev.agentmd.core.rules.example;

import dev.agentmd.core.examples.ExampleProblem;
import dev.agentmd.core.finding.Severity;

/**
 * Every example should have a `user:` turn.
 *
 * <p>A turn is a line (or a stretch after a tag) that starts with {@code user:}; {@code User:} and
 * {@code Human:} count too, and are reported by {@code example/speaker-label}. Empty and unclosed
 * examples are left to their own rules.
 */
public final class MissingUserRule extends ExampleProblemRule {

  public MissingUserRule() {
    super(ExampleProblem.Kind.MISSING_USER);
  }

  @Override
  public String id() {
    return "example/missing-user";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "Every example should have a `user:` turn.";
  }

  @Override
  String message(ExampleProblem problem) {
    return "This example has no `user:` turn. An example shows what the user says that should make Claude"
        + " pick this agent; add a line such as `user: \"Can you review my changes?\"`.";
  }
}
