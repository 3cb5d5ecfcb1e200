package dev.agentmd.core.rules.tools;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.agentmd.core.config.Settings;
import dev.agentmd.core.schema.KindSchema;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The tool names of one schema and one set of settings: the {@code $defs/toolName} enum, its
 * {@code x-retired} names with their replacements, its {@code x-unavailableToSubagents} list and
 * the user's {@code extraTools}. The schema is the only source; nothing here is hard-coded.
 */
record ToolVocabulary(
    Set<String> builtIn, Map<String, Retired> retired, Set<String> unavailableToSubagents, Set<String> extra) {

  /** A retired name: what replaces it (absent when nothing does) and why. */
  record Retired(Optional<String> replacement, String message) {}

  static ToolVocabulary of(KindSchema schema, Settings settings) {
    JsonObject toolName = schema.definition("toolName").orElse(new JsonObject());
    Set<String> builtIn = new LinkedHashSet<>(KindSchema.stringEnum(toolName));
    Map<String, Retired> retired = new LinkedHashMap<>();
    KindSchema.object(toolName, "x-retired")
        .ifPresent(
            all -> {
              for (Map.Entry<String, JsonElement> e : all.entrySet()) {
                JsonObject entry = e.getValue().getAsJsonObject();
                JsonElement replacement = entry.get("replacement");
                retired.put(
                    e.getKey(),
                    new Retired(
                        replacement == null || replacement.isJsonNull()
                            ? Optional.empty()
                            : Optional.of(replacement.getAsString()),
                        KindSchema.string(entry, "message").orElse("`" + e.getKey() + "` is retired.")));
              }
            });
    Set<String> unavailable = new LinkedHashSet<>();
    if (toolName.has("x-unavailableToSubagents")) {
      toolName.getAsJsonArray("x-unavailableToSubagents").forEach(name -> unavailable.add(name.getAsString()));
    }
    return new ToolVocabulary(
        Collections.unmodifiableSet(builtIn),
        Collections.unmodifiableMap(retired),
        Collections.unmodifiableSet(unavailable),
        settings.extraTools());
  }

  /** Names a misspelling may be near: built-ins, the user's extras and retired names. */
  Set<String> suggestionCandidates() {
    Set<String> all = new LinkedHashSet<>(builtIn);
    all.addAll(extra);
    all.addAll(retired.keySet());
    return all;
  }
}
