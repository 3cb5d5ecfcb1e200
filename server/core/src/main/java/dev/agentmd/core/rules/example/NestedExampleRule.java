package dev.agentmd.core.rules.example;

import dev.agentmd.core.examples.ExampleProblem;
import dev.agentmd.core.finding.Severity;

/**
 * An `<example>` must not be nested inside another example.
 *
 * <p>The problem is reported when an {@code <example>} appears inside an open one and two {@code
 * </example>} follow before the next example; an {@code <example>} after one that is simply never
 * closed is reported by {@code example/unclosed} instead.
 */
public final class NestedExampleRule extends ExampleProblemRule {

  public NestedExampleRule() {
    super(ExampleProblem.Kind.NESTED);
  }

  @Override
  public String id() {
    return "example/nested";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "An `<example>` must not be nested inside another example.";
  }

  @Override
  String message(ExampleProblem problem) {
    return "This `<example>` opens inside another example; examples are siblings, one after another. Close"
        + " the outer example with `</example>` before this one, and remove its extra `</example>`.";
  }
}
