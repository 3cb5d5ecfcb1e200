package dev.agentmd.core.rules.example;

import dev.agentmd.core.examples.DescriptionExamples;
import dev.agentmd.core.examples.ExampleProblem;
import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.text.Span;
import java.util.List;

/**
 * Example and commentary tags must end with `>`.
 *
 * <p>A tag such as {@code <commentaryUse the agent…} or {@code </commentary</example>} lacks its
 * {@code >}: the model sees a garbled tag, and the block's structure is lost. agentmd reads it as
 * the tag it was meant to be (so the rest of the structure is still checked) and offers to insert
 * the {@code >}.
 */
public final class MalformedTagRule extends ExampleProblemRule {

  public MalformedTagRule() {
    super(ExampleProblem.Kind.MALFORMED_TAG);
  }

  @Override
  public String id() {
    return "example/malformed-tag";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "Example and commentary tags must end with `>`.";
  }

  @Override
  String message(ExampleProblem problem) {
    return code(problem.found()) + " is missing its `>`; write " + code(problem.found() + ">") + ".";
  }

  @Override
  List<Fix> fixes(DescriptionExamples examples, ExampleProblem problem) {
    if (!examples.text().exact()) {
      return List.of();
    }
    int end = problem.at() + problem.found().length();
    Span insertion = examples.text().span(end, end);
    return List.of(Fix.replace("Insert `>`", insertion, ">", true));
  }
}
