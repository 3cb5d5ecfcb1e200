package dev.agentmd.core.rules.schema;

import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.SchemaViolationRule;
import dev.agentmd.core.schema.SchemaViolation;

/** Values with a fixed set of choices must be one of them. */
public final class UnknownValueRule extends SchemaViolationRule {

  public UnknownValueRule() {
    super(SchemaViolation.Kind.ENUM);
  }

  @Override
  public String id() {
    return "schema/enum";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "Values with a fixed set of choices must be one of them.";
  }
}
