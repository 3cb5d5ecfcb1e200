package dev.agentmd.core.rules.example;

import dev.agentmd.core.examples.DescriptionExamples;
import dev.agentmd.core.examples.ExampleProblem;
import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.finding.Severity;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Speakers in an example should be labelled `user:` and `assistant:`.
 *
 * <p>The convention (Anthropic's agent generator and the plugin-dev guide) writes the two speakers
 * in lowercase; {@code Assistant:}, {@code User:}, {@code Human:} or {@code Claude:} at the start
 * of a line inside an example still read as turns, but mix conventions. {@code Context:} is not a
 * speaker. The fix writes the conventional label.
 */
public final class SpeakerLabelRule extends ExampleProblemRule {

  private static final Set<String> USERS = Set.of("user", "human");

  public SpeakerLabelRule() {
    super(ExampleProblem.Kind.SPEAKER_LABEL);
  }

  @Override
  public String id() {
    return "example/speaker-label";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public String summary() {
    return "Speakers in an example should be labelled `user:` and `assistant:`.";
  }

  @Override
  String message(ExampleProblem problem) {
    return "Label this turn " + code(conventional(problem)) + " rather than " + code(problem.found())
        + ": examples name their two speakers `user:` and `assistant:`.";
  }

  @Override
  List<Fix> fixes(DescriptionExamples examples, ExampleProblem problem) {
    if (!examples.text().exact()) {
      return List.of();
    }
    return List.of(Fix.replace("Write " + code(conventional(problem)), problem.span(), conventional(problem), true));
  }

  private static String conventional(ExampleProblem problem) {
    String word = problem.found().substring(0, problem.found().length() - 1).toLowerCase(Locale.ROOT);
    return USERS.contains(word) ? "user:" : "assistant:";
  }
}
