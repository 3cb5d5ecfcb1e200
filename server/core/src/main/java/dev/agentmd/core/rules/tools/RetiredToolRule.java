package dev.agentmd.core.rules.tools;

import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.Reporter;
import dev.agentmd.core.rules.Rule;
import dev.agentmd.core.rules.RuleContext;
import dev.agentmd.core.rules.tools.ToolCheck.Kind;
import dev.agentmd.core.rules.tools.ToolCheck.Verdict;
import java.util.List;

/**
 * Tools that were renamed or removed should be replaced by their successor.
 *
 * <p>The retired names, their replacements and the messages come from the schema's {@code
 * $defs/toolName} {@code x-retired}. The fix renames the tool and keeps its {@code (specifier)}.
 */
public final class RetiredToolRule implements Rule {

  @Override
  public String id() {
    return "tools/retired";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "Tools that were renamed or removed should be replaced by their successor.";
  }

  @Override
  public void check(RuleContext context, Reporter reporter) {
    ToolCheck.Result result = ToolCheck.of(context);
    for (Verdict verdict : result.verdicts()) {
      if (verdict.kind() != Kind.RETIRED) {
        continue;
      }
      ToolVocabulary.Retired retired = result.vocabulary().retired().get(verdict.name());
      List<Fix> fixes =
          retired.replacement()
              .flatMap(
                  replacement ->
                      verdict.entry()
                          .part(0, verdict.name().length())
                          .map(name -> Fix.replace("Replace with `" + replacement + "`", name, replacement, false)))
              .map(List::of)
              .orElse(List.of());
      reporter.report(verdict.entry().span(), retired.message(), fixes);
    }
  }
}
