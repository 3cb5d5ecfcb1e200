package dev.agentmd.core.finding;

import dev.agentmd.core.text.Span;
import java.util.List;

/**
 * One problem in one file, as plain data. Exactly one converter per edge turns it into an LSP
 * diagnostic, a line of text, JSON or SARIF.
 */
public record Finding(String ruleId, Severity severity, String message, Span span, List<Fix> fixes)
    implements Comparable<Finding> {

  public Finding {
    fixes = List.copyOf(fixes);
  }

  public Finding withSeverity(Severity newSeverity) {
    return new Finding(ruleId, newSeverity, message, span, fixes);
  }

  @Override
  public int compareTo(Finding other) {
    int bySpan = span.compareTo(other.span);
    if (bySpan != 0) {
      return bySpan;
    }
    int byRule = ruleId.compareTo(other.ruleId);
    return byRule != 0 ? byRule : message.compareTo(other.message);
  }
}
