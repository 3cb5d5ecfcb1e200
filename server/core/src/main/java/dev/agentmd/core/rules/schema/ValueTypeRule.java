package dev.agentmd.core.rules.schema;

import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.SchemaViolationRule;
import dev.agentmd.core.schema.SchemaViolation;

/** Each value must have the type its key expects. */
public final class ValueTypeRule extends SchemaViolationRule {

  public ValueTypeRule() {
    super(SchemaViolation.Kind.TYPE);
  }

  @Override
  public String id() {
    return "schema/type";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "Each value must have the type its key expects.";
  }
}
