package dev.agentmd.core.rules.tools;

import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.Reporter;
import dev.agentmd.core.rules.Rule;
import dev.agentmd.core.rules.RuleContext;
import dev.agentmd.core.rules.tools.ToolCheck.Kind;
import dev.agentmd.core.rules.tools.ToolCheck.Verdict;
import dev.agentmd.core.yaml.YamlScalar;

/**
 * Tools that Claude Code never gives to subagents have no effect in `tools`.
 *
 * <p>The list is the schema's {@code x-unavailableToSubagents}, with the two exceptions its
 * description states: {@code Agent} is only removed at the nesting depth limit (so it is not
 * reported), and {@code ExitPlanMode} stays with {@code permissionMode: plan}. An agent with an
 * {@code initialPrompt} is meant to run as the main session ({@code --agent}), where these tools
 * exist, so it is not checked.
 */
public final class UnavailableToolRule implements Rule {

  @Override
  public String id() {
    return "tools/unavailable";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public String summary() {
    return "Tools that Claude Code never gives to subagents have no effect in `tools`.";
  }

  @Override
  public void check(RuleContext context, Reporter reporter) {
    if (context.value("initialPrompt").isPresent()) {
      return;
    }
    boolean planMode =
        context.value("permissionMode").filter(v -> v instanceof YamlScalar s && s.value().equals("plan")).isPresent();
    ToolCheck.Result result = ToolCheck.of(context);
    for (Verdict verdict : result.verdicts()) {
      String name = verdict.name();
      if (verdict.kind() != Kind.OK
          || !verdict.entry().key().equals("tools")
          || !result.vocabulary().unavailableToSubagents().contains(name)
          || name.equals("Agent")
          || name.equals("ExitPlanMode") && planMode) {
        continue;
      }
      String alternative = name.equals("ExitPlanMode") ? " or has `permissionMode: plan`" : "";
      reporter.report(
          verdict.entry().span(),
          "`" + name + "` is not available to subagents; Claude Code drops it from this list. It only"
              + " works when this agent runs as the main session (`claude --agent`)" + alternative + ".");
    }
  }
}
