package dev.agentmd.core.rules;

import dev.agentmd.core.syntax.SyntaxProblem;

/** Reports the reading problems of one kind that the parser found; the parser never throws. */
public abstract class SyntaxProblemRule implements Rule {

  private final SyntaxProblem.Kind kind;

  protected SyntaxProblemRule(SyntaxProblem.Kind kind) {
    this.kind = kind;
  }

  @Override
  public final void check(RuleContext context, Reporter reporter) {
    for (SyntaxProblem problem : context.file().problems()) {
      if (problem.kind() == kind) {
        reporter.report(problem.span(), problem.message(), problem.fixes());
      }
    }
  }
}
