package dev.agentmd.core.rules.agent;

import com.google.gson.JsonElement;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.Reporter;
import dev.agentmd.core.rules.Rule;
import dev.agentmd.core.rules.RuleContext;
import dev.agentmd.core.yaml.YamlEntry;
import dev.agentmd.core.yaml.YamlMapping;
import dev.agentmd.core.yaml.YamlNode;
import dev.agentmd.core.yaml.YamlScalar;
import dev.agentmd.core.yaml.YamlSequence;
import java.util.HashSet;
import java.util.Set;

/**
 * A `matcher` on a hook event without matcher support is ignored.
 *
 * <p>The events are the schema's {@code $defs/hookEvent} {@code x-noMatcherEvents}. A matcher of
 * {@code ""} or {@code "*"} (match everything) changes nothing there and is not reported.
 */
public final class IgnoredMatcherRule implements Rule {

  @Override
  public String id() {
    return "hooks/matcher-ignored";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.INFO;
  }

  @Override
  public String summary() {
    return "A `matcher` on a hook event without matcher support is ignored.";
  }

  @Override
  public void check(RuleContext context, Reporter reporter) {
    if (!(context.value("hooks").orElse(null) instanceof YamlMapping hooks)) {
      return;
    }
    Set<String> noMatcher = new HashSet<>();
    context.schema()
        .definition("hookEvent")
        .filter(d -> d.has("x-noMatcherEvents"))
        .ifPresent(d -> d.getAsJsonArray("x-noMatcherEvents").forEach((JsonElement e) -> noMatcher.add(e.getAsString())));
    for (YamlEntry event : hooks.entries()) {
      String name = event.keyText().orElse("");
      if (!noMatcher.contains(name) || !(event.value() instanceof YamlSequence groups)) {
        continue;
      }
      for (YamlNode group : groups.items()) {
        if (group instanceof YamlMapping mapping) {
          mapping.entry("matcher").filter(IgnoredMatcherRule::narrows).ifPresent(matcher -> reporter.report(
              matcher.span(),
              "`" + name + "` hooks have no matcher support, so this `matcher` is ignored and the hooks"
                  + " run on every `" + name + "` event. Remove the matcher, or filter inside the hook."));
        }
      }
    }
  }

  /** False for the match-all values and for an empty matcher. */
  private static boolean narrows(YamlEntry matcher) {
    if (matcher.value() instanceof YamlScalar scalar) {
      return !scalar.isNull() && !scalar.value().isEmpty() && !scalar.value().equals("*");
    }
    return true;
  }
}
