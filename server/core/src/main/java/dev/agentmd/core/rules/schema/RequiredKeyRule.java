package dev.agentmd.core.rules.schema;

import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.SchemaViolationRule;
import dev.agentmd.core.schema.SchemaViolation;

/** Keys the file kind requires (for agents, `name` and `description`) must be present. */
public final class RequiredKeyRule extends SchemaViolationRule {

  public RequiredKeyRule() {
    super(SchemaViolation.Kind.REQUIRED);
  }

  @Override
  public String id() {
    return "schema/required";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.ERROR;
  }

  @Override
  public String summary() {
    return "Keys the file kind requires (for agents, `name` and `description`) must be present.";
  }
}
