package dev.agentmd.core.features;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.agentmd.core.schema.KindSchema;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.WeakHashMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * What editor features need from one schema, read once and shared: tool names with their
 * descriptions and retirements, model aliases and ids, hook events. Everything comes from the
 * schema, so a new tool or model is a schema edit.
 *
 * <p>Built lazily per {@link KindSchema} instance and cached for as long as that schema lives;
 * thread-safe.
 */
final class Vocabulary {

  private static final Map<KindSchema, Vocabulary> CACHE = Collections.synchronizedMap(new WeakHashMap<>());

  /** A retired tool name: what replaces it (may be absent) and why. */
  record Retired(Optional<String> replacement, String message) {}

  final JsonObject toolName;
  final JsonObject modelAlias;
  final JsonObject hookEvent;
  /** Built-in tool names that are not retired, in schema order, with their descriptions. */
  final Map<String, String> tools;
  /** All built-in names' descriptions, retired or not. */
  final Map<String, String> toolDocs;
  final Map<String, Retired> retired;
  final Set<String> unavailableToSubagents;
  final Map<String, String> modelAliases;
  /** Full model ids to offer: {@code $defs/modelId} examples, else {@code claude-*} examples of {@code model}. */
  final List<String> modelIds;
  final Set<String> toolEvents;
  final Set<String> noMatcherEvents;
  private final Map<String, Optional<Pattern>> patterns = new ConcurrentHashMap<>();

  private Vocabulary(KindSchema schema) {
    JsonObject empty = new JsonObject();
    toolName = schema.definition("toolName").orElse(empty);
    modelAlias = schema.definition("modelAlias").orElse(empty);
    hookEvent = schema.definition("hookEvent").orElse(empty);
    toolDocs = Collections.unmodifiableMap(schema.enumDescriptions(toolName));
    retired = Collections.unmodifiableMap(retired(toolName));
    Map<String, String> current = new LinkedHashMap<>(toolDocs);
    current.keySet().removeAll(retired.keySet());
    tools = Collections.unmodifiableMap(current);
    unavailableToSubagents = strings(toolName, "x-unavailableToSubagents");
    modelAliases = Collections.unmodifiableMap(schema.enumDescriptions(modelAlias));
    modelIds = List.copyOf(modelIds(schema));
    toolEvents = strings(hookEvent, "x-toolEvents");
    noMatcherEvents = strings(hookEvent, "x-noMatcherEvents");
  }

  static Vocabulary of(KindSchema schema) {
    return CACHE.computeIfAbsent(schema, Vocabulary::new);
  }

  /** A schema {@code pattern}, compiled once; empty when it is not a valid Java regex. */
  Optional<Pattern> pattern(String regex) {
    return patterns.computeIfAbsent(
        regex,
        r -> {
          try {
            return Optional.of(Pattern.compile(r));
          } catch (PatternSyntaxException e) {
            return Optional.empty();
          }
        });
  }

  private static Map<String, Retired> retired(JsonObject toolName) {
    Map<String, Retired> out = new LinkedHashMap<>();
    KindSchema.object(toolName, "x-retired")
        .ifPresent(
            all -> {
              for (Map.Entry<String, JsonElement> e : all.entrySet()) {
                if (!e.getValue().isJsonObject()) {
                  continue;
                }
                JsonObject entry = e.getValue().getAsJsonObject();
                JsonElement replacement = entry.get("replacement");
                out.put(
                    e.getKey(),
                    new Retired(
                        replacement == null || !replacement.isJsonPrimitive()
                            ? Optional.empty()
                            : Optional.of(replacement.getAsString()),
                        KindSchema.string(entry, "message").orElse("`" + e.getKey() + "` is retired.")));
              }
            });
    return out;
  }

  private static List<String> modelIds(KindSchema schema) {
    Set<String> ids = new LinkedHashSet<>();
    schema.definition("modelId").ifPresent(def -> addStringExamples(def, ids));
    if (ids.isEmpty()) {
      KindSchema.object(schema.root(), "properties")
          .flatMap(p -> KindSchema.object(p, "model"))
          .ifPresent(model -> addStringExamples(model, ids));
      ids.removeIf(id -> !id.startsWith("claude-"));
    }
    return new ArrayList<>(ids);
  }

  private static void addStringExamples(JsonObject schema, Set<String> out) {
    JsonElement examples = schema.get("examples");
    if (examples != null && examples.isJsonArray()) {
      for (JsonElement example : examples.getAsJsonArray()) {
        if (example.isJsonPrimitive() && example.getAsJsonPrimitive().isString()) {
          out.add(example.getAsString());
        }
      }
    }
  }

  private static Set<String> strings(JsonObject parent, String key) {
    Set<String> out = new LinkedHashSet<>();
    JsonElement values = parent.get(key);
    if (values != null && values.isJsonArray()) {
      values.getAsJsonArray().forEach(v -> out.add(v.getAsString()));
    }
    return Collections.unmodifiableSet(out);
  }
}
