package dev.agentmd.core.rules;

import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.text.Span;
import java.util.List;

/** Where a rule puts its findings; the analyzer applies settings (severity overrides, off). */
public interface Reporter {

  /** Reports with the rule's default severity. */
  void report(Span span, String message, List<Fix> fixes);

  /** Reports with a severity the schema chose for this particular value. */
  void report(Severity severity, Span span, String message, List<Fix> fixes);

  default void report(Span span, String message) {
    report(span, message, List.of());
  }
}
