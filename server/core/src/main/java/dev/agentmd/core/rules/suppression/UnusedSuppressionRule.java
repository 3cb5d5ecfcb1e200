package dev.agentmd.core.rules.suppression;

import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.Reporter;
import dev.agentmd.core.rules.Rule;
import dev.agentmd.core.rules.RuleContext;
import dev.agentmd.core.suppression.Suppression;
import dev.agentmd.core.suppression.Suppression.RuleRef;
import dev.agentmd.core.suppression.SuppressionFilter;
import dev.agentmd.core.text.DidYouMean;
import dev.agentmd.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A suppression comment must name known rules and hide at least one finding.
 *
 * <p>Suppressions are applied after every other rule ran, so this rule's {@link #check} does
 * nothing: the analyzer hands it what {@link SuppressionFilter} left over ({@link #reportUnused}).
 * A suppression of a rule that is turned off is not reported, so that turning a rule off does not
 * make every comment about it light up.
 */
public final class UnusedSuppressionRule implements Rule {

  public static final String ID = "suppression/unused";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "A suppression comment must name known rules and hide at least one finding.";
  }

  @Override
  public void check(RuleContext context, Reporter reporter) {
    // Reported by the analyzer after all rules ran; see reportUnused.
  }

  /**
   * Reports suppressions that name no rule, rule ids that are not rules, and rule ids that hid
   * nothing. Suppressions of this rule itself are never reported.
   *
   * @param suppressions every suppression of the file
   * @param unused what filtering left unused
   * @param knownRules every rule id
   * @param isOff true for a rule that is turned off for this file
   */
  public void reportUnused(
      List<Suppression> suppressions,
      List<SuppressionFilter.Unused> unused,
      Set<String> knownRules,
      Predicate<String> isOff,
      Reporter reporter) {
    for (Suppression suppression : suppressions) {
      if (suppression.rules().isEmpty()) {
        reporter.report(
            suppression.comment(),
            "This suppression names no rule, so it hides nothing; write the rule ids after it.",
            List.of(remove("Remove the suppression", suppression.removal())));
      }
    }
    for (SuppressionFilter.Unused entry : unused) {
      Suppression suppression = entry.suppression();
      RuleRef rule = entry.rule();
      if (rule.id().equals(ID) || knownRules.contains(rule.id()) && isOff.test(rule.id())) {
        continue;
      }
      boolean alone = unused.stream().filter(u -> u.suppression() == suppression).count() == suppression.rules().size();
      Fix removal =
          alone
              ? remove("Remove the suppression", suppression.removal())
              : remove("Remove `" + rule.id() + "` from the suppression", rule.removal());
      if (!knownRules.contains(rule.id())) {
        Optional<String> near = DidYouMean.nearest(rule.id(), knownRules);
        List<Fix> fixes = new ArrayList<>();
        near.ifPresent(n -> fixes.add(Fix.replace("Change to `" + n + "`", rule.span(), n, false)));
        fixes.add(removal);
        reporter.report(
            rule.span(),
            "`" + rule.id() + "` is not a rule" + near.map(n -> "; did you mean `" + n + "`?").orElse(".")
                + " `agentmd check --list-rules` lists every rule.",
            fixes);
      } else {
        reporter.report(
            rule.span(),
            "Unused suppression: there is no `" + rule.id() + "` finding " + suppression.scope().where() + ".",
            List.of(removal));
      }
    }
  }

  private static Fix remove(String title, Span span) {
    return Fix.replace(title, span, "", true);
  }
}
