package dev.agentmd.core.rules.example;

import dev.agentmd.core.examples.ExampleProblem;
import dev.agentmd.core.finding.Severity;

/**
 * A closing `</example>` or `</commentary>` must have a matching opening tag.
 *
 * <p>A stray closing tag is usually left over from an edit, or its opening tag is misspelled.
 */
public final class UnopenedTagRule extends ExampleProblemRule {

  public UnopenedTagRule() {
    super(ExampleProblem.Kind.UNOPENED);
  }

  @Override
  public String id() {
    return "example/unopened";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "A closing `</example>` or `</commentary>` must have a matching opening tag.";
  }

  @Override
  String message(ExampleProblem problem) {
    return code(problem.found()) + " closes nothing: there is no open `<" + problem.found().substring(2)
        + "` before it. Remove it, or add the opening tag where the block starts.";
  }
}
