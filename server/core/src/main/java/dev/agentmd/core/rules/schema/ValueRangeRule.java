package dev.agentmd.core.rules.schema;

import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.SchemaViolationRule;
import dev.agentmd.core.schema.SchemaViolation;

/** Numbers, lengths and counts must stay within their documented range. */
public final class ValueRangeRule extends SchemaViolationRule {

  public ValueRangeRule() {
    super(SchemaViolation.Kind.RANGE);
  }

  @Override
  public String id() {
    return "schema/range";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "Numbers, lengths and counts must stay within their documented range.";
  }
}
