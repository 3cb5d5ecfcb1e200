package dev.agentmd.core.rules.schema;

import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.SchemaViolationRule;
import dev.agentmd.core.schema.SchemaViolation;

/** Keys must be ones the runtime knows; unknown keys are ignored silently. */
public final class UnknownKeyRule extends SchemaViolationRule {

  public UnknownKeyRule() {
    super(SchemaViolation.Kind.UNKNOWN_KEY);
  }

  @Override
  public String id() {
    return "schema/unknown-key";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "Keys must be ones the runtime knows; unknown keys are ignored silently.";
  }
}
