package dev.agentmd.core.rules;

import dev.agentmd.core.schema.SchemaViolation;

/** Reports the schema violations of one keyword group, with the severity the schema sets. */
public abstract class SchemaViolationRule implements Rule {

  private final SchemaViolation.Kind kind;

  protected SchemaViolationRule(SchemaViolation.Kind kind) {
    this.kind = kind;
  }

  @Override
  public final void check(RuleContext context, Reporter reporter) {
    for (SchemaViolation violation : context.schemaViolations()) {
      if (violation.kind() == kind) {
        if (violation.severity().isPresent()) {
          reporter.report(violation.severity().get(), violation.span(), violation.message(), violation.fixes());
        } else {
          reporter.report(violation.span(), violation.message(), violation.fixes());
        }
      }
    }
  }
}
