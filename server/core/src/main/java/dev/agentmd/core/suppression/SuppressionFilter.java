package dev.agentmd.core.suppression;

import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.rules.RuleCatalog;
import dev.agentmd.core.suppression.Suppression.RuleRef;
import dev.agentmd.core.text.LineMap;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * Hides the findings that suppressions cover and tells which rule ids of which suppressions hid
 * nothing. A finding belongs to the line its span starts on. {@code internal/error} is not a rule
 * and is never hidden: it reports a bug in agentmd.
 */
public final class SuppressionFilter {

  private SuppressionFilter() {}

  /**
   * What filtering left.
   *
   * @param kept the findings no suppression covers, in their order
   * @param unused every rule id of a suppression that hid no finding, with its suppression, in
   *     the order of the comments
   */
  public record Outcome(List<Finding> kept, List<Unused> unused) {}

  /** A rule id in a suppression that hid nothing. */
  public record Unused(Suppression suppression, RuleRef rule) {}

  public static Outcome apply(List<Finding> findings, List<Suppression> suppressions, LineMap lines) {
    Set<RuleRef> used = Collections.newSetFromMap(new IdentityHashMap<>());
    List<Finding> kept = new ArrayList<>(findings.size());
    for (Finding finding : findings) {
      if (finding.ruleId().equals(RuleCatalog.INTERNAL_ERROR)) {
        kept.add(finding);
        continue;
      }
      int line = lines.lineOf(finding.span().start());
      boolean hidden = false;
      for (Suppression suppression : suppressions) {
        if (suppression.covers(finding.ruleId(), line)) {
          hidden = true;
          for (RuleRef rule : suppression.rules()) {
            if (rule.id().equals(finding.ruleId())) {
              used.add(rule);
            }
          }
        }
      }
      if (!hidden) {
        kept.add(finding);
      }
    }
    List<Unused> unused = new ArrayList<>();
    for (Suppression suppression : suppressions) {
      for (RuleRef rule : suppression.rules()) {
        if (!used.contains(rule)) {
          unused.add(new Unused(suppression, rule));
        }
      }
    }
    return new Outcome(kept, unused);
  }
}
