package dev.agentmd.core.rules.agent;

import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.Reporter;
import dev.agentmd.core.rules.Rule;
import dev.agentmd.core.rules.RuleContext;
import dev.agentmd.core.syntax.Frontmatter;

/**
 * The markdown body after the frontmatter is the agent's system prompt and should not be empty.
 *
 * <p>Reported on the closing {@code ---}, the last line there is; only when the frontmatter is
 * closed, since otherwise where the body starts is a guess.
 */
public final class EmptyBodyRule implements Rule {

  @Override
  public String id() {
    return "body/empty";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "The markdown body after the frontmatter is the agent's system prompt and should not be empty.";
  }

  @Override
  public void check(RuleContext context, Reporter reporter) {
    Frontmatter frontmatter = context.file().frontmatter().orElse(null);
    if (frontmatter == null || frontmatter.closingFence().isEmpty()) {
      return;
    }
    if (!context.file().body().textOf(context.text()).isBlank()) {
      return;
    }
    reporter.report(
        frontmatter.closingFence().get(),
        "The agent has no system prompt: nothing follows the frontmatter. Claude Code uses the markdown"
            + " body as the subagent's instructions, so it starts with none of its own; describe its"
            + " role, steps and output below the `---`.");
  }
}
