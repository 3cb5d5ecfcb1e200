package dev.agentmd.lsp.settings;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.agentmd.core.config.Glob;
import dev.agentmd.core.config.Settings;
import dev.agentmd.core.config.Settings.RuleLevel;
import dev.agentmd.core.rules.RuleCatalog;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the client's {@code agentmd} settings object:
 *
 * <pre>
 * { "rules":  { "&lt;rule-id&gt;": "off|hint|info|warning|error" },
 *   "tools":  { "extra": ["mcp__server__tool"] },
 *   "models": { "extra": ["my-model"] },
 *   "files":  { "include": ["**&#47;prompts/*.md"], "exclude": ["**&#47;drafts/**"] } }
 * </pre>
 *
 * <p>The same shape as a project's {@code .agentmd.yaml}, which {@link ServerSettings} lays these
 * settings over. Bad parts (wrong types, unknown rule ids or keys, bad levels, bad globs) become
 * warnings and are ignored; the rest still applies. Parsing never throws.
 */
public final class SettingsParser {

  /** The settings, and one sentence per ignored part. */
  public record Parsed(ServerSettings settings, List<String> warnings) {
    public Parsed {
      warnings = List.copyOf(warnings);
    }
  }

  private static final Gson GSON = new Gson();

  private SettingsParser() {}

  /**
   * The {@code agentmd} object out of whatever a client sent: {@code {settings: {agentmd: …}}}
   * (initialization options), {@code {agentmd: …}} (a configuration change) or the object itself
   * (a {@code workspace/configuration} answer). Empty for {@code null}.
   */
  public static Optional<JsonElement> unwrap(Object raw) {
    JsonElement element = raw instanceof JsonElement json ? json : GSON.toJsonTree(raw);
    if (element == null || element.isJsonNull()) {
      return Optional.empty();
    }
    if (element.isJsonObject() && element.getAsJsonObject().has("settings")) {
      // didChangeConfiguration: the client's whole settings tree. Without an `agentmd` section it
      // says nothing about us (eglot sends `{settings: {}}` on connect); it must not reset
      // what initializationOptions set.
      JsonElement settings = element.getAsJsonObject().get("settings");
      if (settings == null || !settings.isJsonObject() || !settings.getAsJsonObject().has("agentmd")) {
        return Optional.empty();
      }
      element = settings;
    }
    if (element != null && element.isJsonObject() && element.getAsJsonObject().has("agentmd")) {
      element = element.getAsJsonObject().get("agentmd");
    }
    return element == null || element.isJsonNull() ? Optional.empty() : Optional.of(element);
  }

  public static Parsed parse(JsonElement agentmd) {
    List<String> warnings = new ArrayList<>();
    if (!agentmd.isJsonObject()) {
      warnings.add("agentmd settings must be an object, not " + agentmd + "; using the defaults.");
      return new Parsed(ServerSettings.DEFAULTS, warnings);
    }
    Map<String, RuleLevel> levels = new LinkedHashMap<>();
    Set<String> tools = new LinkedHashSet<>();
    Set<String> models = new LinkedHashSet<>();
    List<Glob> include = new ArrayList<>();
    List<Glob> exclude = new ArrayList<>();
    for (Map.Entry<String, JsonElement> entry : agentmd.getAsJsonObject().entrySet()) {
      JsonElement value = entry.getValue();
      switch (entry.getKey()) {
        case "rules" -> readRules(value, levels, warnings);
        case "tools" -> tools.addAll(readList(value, "tools", "extra", List.of("extra"), warnings));
        case "models" -> models.addAll(readList(value, "models", "extra", List.of("extra"), warnings));
        case "files" -> {
          List<String> keys = List.of("include", "exclude");
          readGlobs(readList(value, "files", "include", keys, warnings), "include", include, warnings);
          readGlobs(readList(value, "files", "exclude", List.of(), warnings), "exclude", exclude, warnings);
        }
        default -> warnings.add("Unknown setting `agentmd." + entry.getKey() + "`; ignored.");
      }
    }
    return new Parsed(
        new ServerSettings(new Settings(levels, tools, models), include, exclude, ProjectConfigs.NONE), warnings);
  }

  private static void readGlobs(List<String> globs, String key, List<Glob> into, List<String> warnings) {
    for (String glob : globs) {
      try {
        into.add(Glob.of(glob));
      } catch (IllegalArgumentException e) {
        warnings.add("files." + key + ": ignoring `" + glob + "`: " + e.getMessage() + ".");
      }
    }
  }

  private static void readRules(JsonElement value, Map<String, RuleLevel> levels, List<String> warnings) {
    if (!value.isJsonObject()) {
      warnings.add("agentmd.rules must be an object of rule id to level, not " + value + "; ignored.");
      return;
    }
    Set<String> known = RuleCatalog.all().keySet();
    for (Map.Entry<String, JsonElement> rule : value.getAsJsonObject().entrySet()) {
      String id = rule.getKey();
      JsonElement level = rule.getValue();
      Optional<RuleLevel> parsed =
          level.isJsonPrimitive() && level.getAsJsonPrimitive().isString()
              ? RuleLevel.parse(level.getAsString())
              : Optional.empty();
      if (!known.contains(id)) {
        warnings.add("agentmd.rules: unknown rule `" + id + "`; ignored.");
      } else if (parsed.isEmpty()) {
        warnings.add(
            "agentmd.rules." + id + ": level must be off, hint, info, warning or error, not " + level + "; ignored.");
      } else {
        levels.put(id, parsed.get());
      }
    }
  }

  /**
   * Reads {@code section.key}, a list of strings; anything else there is warned about, as are keys
   * of the section other than {@code known} (pass an empty list when another call checks them).
   */
  private static List<String> readList(
      JsonElement value, String section, String key, List<String> known, List<String> warnings) {
    List<String> out = new ArrayList<>();
    if (!value.isJsonObject()) {
      if (!known.isEmpty()) {
        warnings.add("agentmd." + section + " must be an object with `" + String.join("`, `", known) + "`, not " + value + "; ignored.");
      }
      return out;
    }
    JsonObject object = value.getAsJsonObject();
    for (String other : object.keySet()) {
      if (!known.isEmpty() && !known.contains(other)) {
        warnings.add("Unknown setting `agentmd." + section + "." + other + "`; ignored.");
      }
    }
    JsonElement list = object.get(key);
    if (list == null || list.isJsonNull()) {
      return out;
    }
    if (!list.isJsonArray()) {
      warnings.add("agentmd." + section + "." + key + " must be a list of strings, not " + list + "; ignored.");
      return out;
    }
    for (JsonElement item : list.getAsJsonArray()) {
      if (item.isJsonPrimitive() && item.getAsJsonPrimitive().isString()) {
        out.add(item.getAsString());
      } else {
        warnings.add("agentmd." + section + "." + key + ": ignoring " + item + ", not a string.");
      }
    }
    return out;
  }
}
