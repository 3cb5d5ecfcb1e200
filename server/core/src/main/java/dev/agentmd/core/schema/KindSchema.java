package dev.agentmd.core.schema;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One file kind's JSON Schema, read from the classpath copy of {@code schemas/}. Rules and editor
 * features take their vocabulary (keys, enum values, descriptions) from here, so adding a field or
 * a model is a schema edit, not a code edit.
 */
public final class KindSchema {

  private final JsonObject root;

  private KindSchema(JsonObject root) {
    this.root = root;
  }

  public static KindSchema load(String resource) {
    try (InputStream in = KindSchema.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("schema missing from the classpath: " + resource);
      }
      JsonElement element = JsonParser.parseReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      return new KindSchema(element.getAsJsonObject());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static KindSchema of(JsonObject root) {
    return new KindSchema(root);
  }

  public JsonObject root() {
    return root;
  }

  /** Top-level property names in schema order. */
  public List<String> propertyNames() {
    JsonObject properties = object(root, "properties").orElse(new JsonObject());
    return new ArrayList<>(properties.keySet());
  }

  public boolean isProperty(String key) {
    return object(root, "properties").map(p -> p.has(key)).orElse(false);
  }

  public Optional<JsonObject> property(String key) {
    return object(root, "properties").flatMap(p -> object(p, key)).map(this::resolve);
  }

  public Optional<JsonObject> definition(String name) {
    return object(root, "$defs").flatMap(defs -> object(defs, name));
  }

  /** Follows a local {@code $ref} chain; other schemas come back unchanged. */
  public JsonObject resolve(JsonObject schema) {
    JsonObject current = schema;
    for (int hops = 0; hops < 16 && current.has("$ref"); hops++) {
      String ref = current.get("$ref").getAsString();
      if (!ref.startsWith("#/")) {
        break;
      }
      JsonElement target = root;
      for (String part : ref.substring(2).split("/")) {
        if (!target.isJsonObject() || !target.getAsJsonObject().has(part)) {
          throw new IllegalStateException("unresolvable $ref " + ref);
        }
        target = target.getAsJsonObject().get(part);
      }
      current = target.getAsJsonObject();
    }
    return current;
  }

  /** The string values of a definition's {@code enum}, in order. */
  public List<String> enumValues(String definition) {
    return definition(definition).map(KindSchema::stringEnum).orElse(List.of());
  }

  /** Pairs of enum value and its markdown description, for hovers and completion. */
  public Map<String, String> enumDescriptions(JsonObject schema) {
    Map<String, String> out = new LinkedHashMap<>();
    List<String> values = stringEnum(schema);
    JsonArray docs = schema.has("markdownEnumDescriptions") ? schema.getAsJsonArray("markdownEnumDescriptions") : new JsonArray();
    for (int i = 0; i < values.size(); i++) {
      out.put(values.get(i), i < docs.size() ? docs.get(i).getAsString() : "");
    }
    return out;
  }

  public static List<String> stringEnum(JsonObject schema) {
    List<String> values = new ArrayList<>();
    if (schema.has("enum")) {
      for (JsonElement value : schema.getAsJsonArray("enum")) {
        if (value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()) {
          values.add(value.getAsString());
        }
      }
    }
    return values;
  }

  public static Optional<JsonObject> object(JsonObject parent, String key) {
    JsonElement value = parent.get(key);
    return value != null && value.isJsonObject() ? Optional.of(value.getAsJsonObject()) : Optional.empty();
  }

  public static Optional<String> string(JsonObject parent, String key) {
    JsonElement value = parent.get(key);
    return value != null && value.isJsonPrimitive() ? Optional.of(value.getAsString()) : Optional.empty();
  }

  /** Key spellings the schema maps to the right key ({@code x-aliases}). */
  public Map<String, String> aliases(JsonObject objectSchema) {
    Map<String, String> out = new LinkedHashMap<>();
    object(objectSchema, "x-aliases").ifPresent(a -> a.entrySet().forEach(e -> out.put(e.getKey(), e.getValue().getAsString())));
    return out;
  }
}
