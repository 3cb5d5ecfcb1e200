package dev.agentmd.core.rules.tools;

import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.Reporter;
import dev.agentmd.core.rules.Rule;
import dev.agentmd.core.rules.RuleContext;
import dev.agentmd.core.rules.tools.ToolCheck.Kind;
import dev.agentmd.core.rules.tools.ToolCheck.Verdict;
import dev.agentmd.core.rules.tools.ToolLists.SeparatorProblem;
import dev.agentmd.core.rules.tools.ToolLists.Source;
import dev.agentmd.core.rules.tools.ToolLists.ToolList;
import java.util.List;

/**
 * Each entry of `tools` and `disallowedTools` should be one well-formed tool rule, and entries
 * should be separated by single commas.
 *
 * <p>Catches unbalanced parentheses ({@code Bash(git diff:*}), empty entries ({@code Read,,Grep},
 * a trailing comma), several tools in one list item, and MCP names without a server or tool. A
 * malformed entry matches no tool, so it is not reported again as unknown.
 */
public final class ToolSyntaxRule implements Rule {

  @Override
  public String id() {
    return "tools/syntax";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "Each entry of `tools` and `disallowedTools` should be one well-formed tool rule, and"
        + " entries should be separated by single commas.";
  }

  @Override
  public void check(RuleContext context, Reporter reporter) {
    ToolCheck.Result result = ToolCheck.of(context);
    for (ToolList list : result.lists()) {
      for (SeparatorProblem problem : list.problems()) {
        reporter.report(problem.span(), problem.message(), problem.fixes());
      }
    }
    for (Verdict verdict : result.verdicts()) {
      if (verdict.kind() == Kind.SYNTAX) {
        reporter.report(verdict.entry().span(), message(verdict), fixes(verdict));
      }
    }
  }

  private static String message(Verdict verdict) {
    String text = verdict.entry().text();
    String message = "`" + text + "` is not a well-formed tool rule. " + verdict.detail();
    boolean parentheses = text.indexOf('(') >= 0 || text.indexOf(')') >= 0;
    if (unclosed(verdict) && verdict.entry().source() == Source.STRING && text.indexOf(',') >= 0) {
      message += " Commas inside parentheses do not separate entries, so the rest of the list is read"
          + " as part of this one entry.";
    }
    if (parentheses && verdict.entry().source() == Source.FLOW_ITEM) {
      message += " A YAML flow list `[…]` splits at every comma, even inside parentheses, so"
          + " `Agent(worker, researcher)` becomes two broken entries. Quote the entry"
          + " (`\"Agent(worker, researcher)\"`) or use a block list (`- Agent(worker, researcher)`).";
    }
    return message + " It matches no tool.";
  }

  /**
   * An unclosed {@code (} at the end of a one-tool entry is closed; anything else needs a human (in
   * a flow list the {@code )} is in the next item, so closing here would be wrong).
   */
  private static List<Fix> fixes(Verdict verdict) {
    String text = verdict.entry().text();
    if (!unclosed(verdict)
        || verdict.entry().source() == Source.FLOW_ITEM
        || text.indexOf(',') >= 0
        || text.indexOf(')') >= 0) {
      return List.of();
    }
    return verdict.entry()
        .part(text.length(), text.length())
        .map(end -> List.of(Fix.replace("Add the missing `)`", end, ")", false)))
        .orElse(List.of());
  }

  private static boolean unclosed(Verdict verdict) {
    return verdict.detail().equals(ToolCheck.UNCLOSED);
  }
}
