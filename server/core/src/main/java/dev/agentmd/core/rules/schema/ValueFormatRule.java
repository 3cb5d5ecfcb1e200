package dev.agentmd.core.rules.schema;

import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.SchemaViolationRule;
import dev.agentmd.core.schema.SchemaViolation;

/** Values must follow the documented format. */
public final class ValueFormatRule extends SchemaViolationRule {

  public ValueFormatRule() {
    super(SchemaViolation.Kind.PATTERN);
  }

  @Override
  public String id() {
    return "schema/pattern";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "Values must follow the documented format.";
  }
}
