package dev.agentmd.core.rules.example;

import dev.agentmd.core.examples.DescriptionExamples;
import dev.agentmd.core.examples.ExampleProblem;
import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.rules.Reporter;
import dev.agentmd.core.rules.Rule;
import dev.agentmd.core.rules.RuleContext;
import java.util.List;

/** Reports the example problems of one kind, at the offending tag or label. */
abstract class ExampleProblemRule implements Rule {

  private final ExampleProblem.Kind kind;

  ExampleProblemRule(ExampleProblem.Kind kind) {
    this.kind = kind;
  }

  @Override
  public final void check(RuleContext context, Reporter reporter) {
    ExampleFacts.of(context).ifPresent(examples -> {
      for (ExampleProblem problem : examples.problems(kind)) {
        reporter.report(problem.span(), message(problem), fixes(examples, problem));
      }
    });
  }

  abstract String message(ExampleProblem problem);

  List<Fix> fixes(DescriptionExamples examples, ExampleProblem problem) {
    return List.of();
  }

  /** The offending text in backticks, for messages. */
  static String code(String text) {
    return "`" + text.replace("`", "'").replace("\n", " ") + "`";
  }
}
