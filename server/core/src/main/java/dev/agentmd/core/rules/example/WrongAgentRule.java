package dev.agentmd.core.rules.example;

import dev.agentmd.core.examples.AgentMentions;
import dev.agentmd.core.examples.DescriptionExamples;
import dev.agentmd.core.examples.ExampleBlock;
import dev.agentmd.core.examples.ExamplePart;
import dev.agentmd.core.examples.LogicalText;
import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.Reporter;
import dev.agentmd.core.rules.Rule;
import dev.agentmd.core.rules.RuleContext;
import dev.agentmd.core.yaml.YamlScalar;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * An example's assistant should delegate to this agent, by its `name`.
 *
 * <p>Examples teach the model when to pick <em>this</em> agent, so the assistant turn says "I'll
 * use the code-reviewer agent" with the agent's own {@code name}. A different name there is
 * usually left over from copying another agent or renaming this one, and teaches the model to pick
 * the other agent. Conservative: only a kebab-case name with a hyphen in a clear phrase ("use the
 * X agent", "launch the X agent", "Task tool … X agent", {@code subagent_type: X}) in an assistant
 * turn or pseudo-action counts, and an example that mentions this agent's name anywhere (an
 * orchestration that involves several agents) is left alone. Built-in agents are never flagged.
 * The fix replaces the other name with this agent's {@code name}.
 */
public final class WrongAgentRule implements Rule {

  private static final Set<String> BUILT_IN = Set.of("general-purpose", "statusline-setup", "output-style-setup");

  @Override
  public String id() {
    return "example/wrong-agent";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "An example's assistant should delegate to this agent, by its `name`.";
  }

  @Override
  public void check(RuleContext context, Reporter reporter) {
    if (!(context.value("name").orElse(null) instanceof YamlScalar nameScalar)
        || !nameScalar.isString()
        || nameScalar.value().isBlank()) {
      return;
    }
    String name = nameScalar.value().strip();
    ExampleFacts.of(context).ifPresent(examples -> {
      for (ExampleBlock block : examples.blocks()) {
        check(examples, block, name, reporter);
      }
    });
  }

  private static void check(DescriptionExamples examples, ExampleBlock block, String name, Reporter reporter) {
    LogicalText text = examples.text();
    List<AgentMentions.Mention> others = new ArrayList<>();
    for (ExamplePart part : block.parts()) {
      if (part instanceof ExamplePart.Turn turn && turn.speaker() == ExamplePart.Speaker.ASSISTANT) {
        others.addAll(AgentMentions.in(text.text(), turn.from(), turn.to()));
      } else if (part instanceof ExamplePart.Action action) {
        others.addAll(AgentMentions.in(text.text(), action.from(), action.to()));
      }
    }
    others.removeIf(mention -> sameAgent(mention.name(), name));
    if (others.isEmpty() || mentionsName(text.text(), block.from(), block.to(), withoutAgentSuffix(name))) {
      return;
    }
    for (AgentMentions.Mention mention : others) {
      report(text, mention, name, reporter);
    }
  }

  /** Equal, or one is the other with a namespace prefix ({@code backend-test-automator}, {@code test-automator}). */
  private static boolean sameAgent(String mentioned, String name) {
    String a = withoutAgentSuffix(mentioned.toLowerCase(Locale.ROOT));
    String b = withoutAgentSuffix(name.toLowerCase(Locale.ROOT));
    return a.equals(b) || a.endsWith("-" + b) || b.endsWith("-" + a) || BUILT_IN.contains(a);
  }

  /** True when {@code name} stands as a whole word (not part of a longer name) in {@code [from, to)}. */
  private static boolean mentionsName(String text, int from, int to, String name) {
    for (int i = from; i + name.length() <= to; i++) {
      if (text.regionMatches(true, i, name, 0, name.length())
          && (i == 0 || !isNamePart(text.charAt(i - 1)))
          && (i + name.length() == text.length() || !isNamePart(text.charAt(i + name.length())))) {
        return true;
      }
    }
    return false;
  }

  private static boolean isNamePart(char c) {
    return Character.isLetterOrDigit(c) || c == '-' || c == '_';
  }

  /** {@code code-refactorer-agent} is "the code-refactorer agent" in prose. */
  private static String withoutAgentSuffix(String name) {
    return name.replaceFirst("-(sub-?)?agent$", "");
  }

  private static void report(LogicalText text, AgentMentions.Mention mention, String name, Reporter reporter) {
    List<Fix> fixes =
        text.exact()
            ? List.of(
                Fix.replace(
                    "Replace `" + mention.name() + "` with `" + name + "`",
                    text.span(mention.from(), mention.to()),
                    name,
                    false))
            : List.of();
    reporter.report(
        text.span(mention.from(), mention.to()),
        "This example delegates to `" + mention.name() + "`, but this agent is `" + name + "`. An example"
            + " should show the assistant picking this agent; after a copy or a rename, write `" + name + "`.",
        fixes);
  }
}
