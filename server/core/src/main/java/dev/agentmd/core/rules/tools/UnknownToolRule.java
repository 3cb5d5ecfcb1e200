package dev.agentmd.core.rules.tools;

import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.Reporter;
import dev.agentmd.core.rules.Rule;
import dev.agentmd.core.rules.RuleContext;
import dev.agentmd.core.rules.tools.ToolCheck.Kind;
import dev.agentmd.core.rules.tools.ToolCheck.Verdict;
import dev.agentmd.core.rules.tools.ToolLists.Source;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Every entry of `tools` and `disallowedTools` should name a Claude Code tool.
 *
 * <p>Known are the schema's {@code $defs/toolName} names, the {@code extraTools} setting, and MCP
 * names ({@code mcp__<server>}, {@code mcp__<server>__<tool>}, {@code mcp__<server>__*}; {@code
 * mcp__*} only in {@code disallowedTools}), each optionally with a {@code (specifier)}. Claude Code
 * drops an unknown name silently, and refuses to run an agent none of whose {@code tools} resolve.
 */
public final class UnknownToolRule implements Rule {

  private static final String DROPPED = "Claude Code silently drops names it cannot resolve.";

  @Override
  public String id() {
    return "tools/unknown";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "Every entry of `tools` and `disallowedTools` should name a Claude Code tool.";
  }

  @Override
  public void check(RuleContext context, Reporter reporter) {
    ToolCheck.Result result = ToolCheck.of(context);
    Set<String> noted = new HashSet<>();
    for (Verdict verdict : result.verdicts()) {
      if (verdict.kind() != Kind.UNKNOWN) {
        continue;
      }
      String key = verdict.entry().key();
      String message = message(verdict);
      if (key.equals("tools") && result.allUnknown(key) && noted.add(key)) {
        message += " No entry of `tools` resolves to a tool, so Claude Code refuses to run this agent"
            + " (\"would be spawned with zero tools\", since 2.1.208).";
      }
      reporter.report(verdict.entry().span(), message, fixes(verdict));
    }
  }

  private static String message(Verdict verdict) {
    String text = verdict.entry().text();
    String key = verdict.entry().key();
    return switch (verdict.reason()) {
      case STAR -> key.equals("tools")
          ? "`*` is not documented as \"all tools\" for Claude Code; it matches no tool. To give the"
              + " agent every tool, omit `tools`."
          : "`*` is not documented for Claude Code's `disallowedTools`; it matches no tool. To give"
              + " the agent no tools, write `tools: []`; to deny all MCP tools, write `mcp__*`.";
      case ALL_MCP_IN_TOOLS ->
          "`mcp__*` is only accepted in `disallowedTools`. In `tools`, list servers as `mcp__<server>`"
              + " or tools as `mcp__<server>__<tool>`; omit `tools` to inherit every MCP tool.";
      case SPACE_SEPARATED ->
          "`" + text + "` is one entry: tools are separated by commas, not spaces. " + DROPPED;
      case NOT_A_TOOL -> verdict.suggestion().isPresent()
          ? "Unknown tool `" + verdict.name() + "`. Did you mean `" + verdict.suggestion().get()
              + "`? Tool names are case-sensitive, and Claude Code silently drops names it cannot"
              + " resolve."
          : "Unknown tool `" + verdict.name() + "`: " + DROPPED + " MCP tools are written"
              + " `mcp__<server>__<tool>`; for a tool your setup adds, list it in the `tools.extra`"
              + " setting.";
    };
  }

  private static List<Fix> fixes(Verdict verdict) {
    if (verdict.suggestion().isEmpty()) {
      return List.of();
    }
    String suggestion = verdict.suggestion().get();
    return switch (verdict.reason()) {
      case SPACE_SEPARATED -> verdict.entry().source() == Source.STRING
          ? verdict.entry()
              .part(0, verdict.entry().text().length())
              .map(all -> List.of(Fix.replace("Separate with commas", all, suggestion, false)))
              .orElse(List.of())
          : List.of();
      case NOT_A_TOOL -> verdict.entry()
          .part(0, verdict.name().length())
          .map(name -> List.of(Fix.replace("Change to `" + suggestion + "`", name, suggestion, false)))
          .orElse(List.of());
      default -> List.of();
    };
  }
}
