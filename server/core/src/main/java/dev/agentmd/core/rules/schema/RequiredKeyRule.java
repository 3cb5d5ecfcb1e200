package dev.agentmd.core.rules.schema;

import com.google.gson.JsonElement;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.kind.AgentLocation;
import dev.agentmd.core.rules.Reporter;
import dev.agentmd.core.rules.Rule;
import dev.agentmd.core.rules.RuleContext;
import dev.agentmd.core.schema.SchemaViolation;
import java.util.HashSet;
import java.util.Set;

/**
 * Keys the file kind requires (for agents, `name` and `description`) must be present.
 *
 * <p>A plugin agent without a key listed in the schema's {@code x-pluginOptional} still loads (under
 * its file name), so there the finding is a warning, not an error.
 */
public final class RequiredKeyRule implements Rule {

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

  @Override
  public void check(RuleContext context, Reporter reporter) {
    Set<String> pluginOptional = new HashSet<>();
    if (context.schema().root().has("x-pluginOptional")) {
      for (JsonElement key : context.schema().root().getAsJsonArray("x-pluginOptional")) {
        pluginOptional.add(key.getAsString());
      }
    }
    boolean plugin = context.path().map(AgentLocation::isPluginAgent).orElse(false);
    for (SchemaViolation violation : context.schemaViolations()) {
      if (violation.kind() != SchemaViolation.Kind.REQUIRED) {
        continue;
      }
      if (plugin && pluginOptional.contains(violation.path())) {
        reporter.report(
            Severity.WARNING,
            violation.span(),
            "Missing `" + violation.path() + "`: this plugin agent loads under its file name."
                + " Add `" + violation.path() + "` so it also works as a project agent.",
            violation.fixes());
      } else {
        reporter.report(
            violation.severity().orElse(defaultSeverity()), violation.span(), violation.message(), violation.fixes());
      }
    }
  }
}
