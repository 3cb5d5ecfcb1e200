package dev.agentmd.core.rules.schema;

import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.SchemaViolationRule;
import dev.agentmd.core.schema.SchemaViolation;

/** Structured values must have the documented shape. */
public final class ValueShapeRule extends SchemaViolationRule {

  public ValueShapeRule() {
    super(SchemaViolation.Kind.SHAPE);
  }

  @Override
  public String id() {
    return "schema/shape";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "Structured values must have the documented shape.";
  }
}
