package dev.agentmd.core.rules.schema;

import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.SchemaViolationRule;
import dev.agentmd.core.schema.SchemaViolation;

/** Values that must have content must not be empty. */
public final class EmptyValueRule extends SchemaViolationRule {

  public EmptyValueRule() {
    super(SchemaViolation.Kind.EMPTY);
  }

  @Override
  public String id() {
    return "schema/empty";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "Values that must have content must not be empty.";
  }
}
