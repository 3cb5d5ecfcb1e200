package dev.agentmd.core.rules.agent;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.Reporter;
import dev.agentmd.core.rules.Rule;
import dev.agentmd.core.rules.RuleContext;
import dev.agentmd.core.schema.KindSchema;
import dev.agentmd.core.text.Span;
import dev.agentmd.core.yaml.YamlEntry;
import dev.agentmd.core.yaml.YamlMapping;
import dev.agentmd.core.yaml.YamlNode;
import dev.agentmd.core.yaml.YamlQuoting;
import dev.agentmd.core.yaml.YamlSequence;
import java.util.List;

/**
 * A text value that starts with `[` or `{` must be quoted, or YAML reads it as a list or mapping.
 *
 * <p>Checked for top-level keys whose schema expects a string ({@code type: string}, or only string
 * alternatives as for {@code model}): {@code name: [agent-name]} is a list, {@code description:
 * {{SKILL_DESCRIPTION}}} a mapping of a mapping. The fix quotes the text as written.
 */
public final class IndicatorValueRule implements Rule {

  @Override
  public String id() {
    return "yaml/indicator-value";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "A text value that starts with `[` or `{` must be quoted, or YAML reads it as a list or mapping.";
  }

  @Override
  public void check(RuleContext context, Reporter reporter) {
    if (context.root().isEmpty()) {
      return;
    }
    String text = context.text();
    for (YamlEntry entry : context.root().get().entries()) {
      YamlNode value = entry.value();
      boolean list = value instanceof YamlSequence sequence && sequence.flow();
      boolean mapping = value instanceof YamlMapping map && map.flow();
      String key = entry.keyText().orElse("");
      if (!list && !mapping || !expectsString(context.schema(), key)) {
        continue;
      }
      Span span = value.span();
      String source = span.textOf(text);
      String message = "`" + key + "` starts with `" + source.charAt(0) + "`, so YAML reads `" + source + "` as "
          + (list ? "a list" : "a mapping") + ", not as text"
          + (source.startsWith("{{") ? " (an unfilled `{{placeholder}}`?)" : "")
          + ". Quote the value.";
      List<Fix> fixes =
          source.indexOf('\n') < 0 && source.indexOf('\r') < 0
              ? List.of(Fix.replace("Quote the value", span, YamlQuoting.singleQuoted(source), false))
              : List.of();
      reporter.report(span, message, fixes);
    }
  }

  /** True when the key's schema accepts only strings. */
  private static boolean expectsString(KindSchema schema, String key) {
    return schema.property(key).map(property -> onlyStrings(schema, property)).orElse(false);
  }

  private static boolean onlyStrings(KindSchema schema, JsonObject property) {
    JsonObject resolved = schema.resolve(property);
    if (resolved.has("type")) {
      JsonElement type = resolved.get("type");
      return type.isJsonPrimitive() && type.getAsString().equals("string");
    }
    for (String keyword : List.of("anyOf", "oneOf")) {
      if (resolved.has(keyword)) {
        for (JsonElement branch : resolved.getAsJsonArray(keyword)) {
          if (!branch.isJsonObject() || !onlyStrings(schema, branch.getAsJsonObject())) {
            return false;
          }
        }
        return true;
      }
    }
    return false;
  }
}
