package dev.agentmd.core.features;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.agentmd.core.features.YamlPath.Step;
import dev.agentmd.core.schema.KindSchema;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Walks a kind's JSON Schema along a {@link YamlPath}: into properties, {@code
 * additionalProperties}, {@code items} and the branches of {@code oneOf}/{@code anyOf}, so that
 * completion and hover for any nested key (a hook handler's {@code type}, an inline MCP server's
 * {@code type}) come from the schema, not from code.
 */
final class SchemaNav {

  /** How deep {@code oneOf}/{@code anyOf} branches are followed. */
  private static final int MAX_BRANCH_DEPTH = 3;

  /**
   * A schema node as written ({@code raw}, which carries the property's own description) and with
   * its {@code $ref} resolved ({@code resolved}, which carries the structure).
   */
  record Node(JsonObject raw, JsonObject resolved) {}

  /** An enum value with its markdown description and the schema object that lists it. */
  record Choice(String value, String doc, JsonObject owner) {}

  private SchemaNav() {}

  static Node root(KindSchema schema) {
    return new Node(schema.root(), schema.root());
  }

  static Optional<Node> at(KindSchema schema, List<Step> path) {
    Node node = root(schema);
    for (Step step : path) {
      Optional<Node> next = step.isItem() ? items(schema, node) : child(schema, node, step.key());
      if (next.isEmpty()) {
        return Optional.empty();
      }
      node = next.get();
    }
    return Optional.of(node);
  }

  /** A named property of an object node. */
  static Optional<Node> property(KindSchema schema, Node parent, String key) {
    for (JsonObject shape : shapes(schema, parent.resolved())) {
      Optional<JsonObject> property = KindSchema.object(shape, "properties").flatMap(p -> KindSchema.object(p, key));
      if (property.isPresent()) {
        return Optional.of(node(schema, property.get()));
      }
    }
    return Optional.empty();
  }

  /** The schema of {@code key} in an object node: a named property, else additionalProperties. */
  static Optional<Node> child(KindSchema schema, Node parent, String key) {
    Optional<Node> property = property(schema, parent, key);
    if (property.isPresent()) {
      return property;
    }
    for (JsonObject shape : shapes(schema, parent.resolved())) {
      Optional<JsonObject> additional = KindSchema.object(shape, "additionalProperties");
      if (additional.isPresent()) {
        return Optional.of(node(schema, additional.get()));
      }
    }
    return Optional.empty();
  }

  static Optional<Node> items(KindSchema schema, Node parent) {
    for (JsonObject shape : shapes(schema, parent.resolved())) {
      Optional<JsonObject> items = KindSchema.object(shape, "items");
      if (items.isPresent()) {
        return Optional.of(node(schema, items.get()));
      }
    }
    return Optional.empty();
  }

  /** Named properties of an object node, in schema order, with their nodes. */
  static Map<String, Node> properties(KindSchema schema, Node node) {
    Map<String, Node> out = new LinkedHashMap<>();
    for (JsonObject shape : shapes(schema, node.resolved())) {
      KindSchema.object(shape, "properties")
          .ifPresent(
              properties -> {
                for (Map.Entry<String, JsonElement> e : properties.entrySet()) {
                  if (e.getValue().isJsonObject()) {
                    out.putIfAbsent(e.getKey(), node(schema, e.getValue().getAsJsonObject()));
                  }
                }
              });
    }
    return out;
  }

  /** The schema that constrains an object node's key names ({@code propertyNames}), if any. */
  static Optional<Node> propertyNames(KindSchema schema, Node node) {
    for (JsonObject shape : shapes(schema, node.resolved())) {
      Optional<JsonObject> names = KindSchema.object(shape, "propertyNames");
      if (names.isPresent()) {
        return Optional.of(node(schema, names.get()));
      }
    }
    return Optional.empty();
  }

  static boolean required(KindSchema schema, Node parent, String key) {
    for (JsonObject shape : shapes(schema, parent.resolved())) {
      JsonElement required = shape.get("required");
      if (required != null && required.isJsonArray()) {
        for (JsonElement name : required.getAsJsonArray()) {
          if (name.isJsonPrimitive() && name.getAsString().equals(key)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Every value the node lists: enums and consts of all branches, and {@code true}/{@code false}. */
  static List<Choice> choices(KindSchema schema, Node node) {
    Map<String, Choice> out = new LinkedHashMap<>();
    for (JsonObject shape : shapes(schema, node.resolved())) {
      JsonArray docs =
          shape.has("markdownEnumDescriptions") && shape.get("markdownEnumDescriptions").isJsonArray()
              ? shape.getAsJsonArray("markdownEnumDescriptions")
              : new JsonArray();
      List<String> values = KindSchema.stringEnum(shape);
      for (int i = 0; i < values.size(); i++) {
        String doc = i < docs.size() && docs.get(i).isJsonPrimitive() ? docs.get(i).getAsString() : "";
        out.putIfAbsent(values.get(i), new Choice(values.get(i), doc, shape));
      }
      KindSchema.string(shape, "const").ifPresent(c -> out.putIfAbsent(c, new Choice(c, "", shape)));
      if (types(shape).contains("boolean")) {
        out.putIfAbsent("true", new Choice("true", "", shape));
        out.putIfAbsent("false", new Choice("false", "", shape));
      }
    }
    return new ArrayList<>(out.values());
  }

  /** A short type for hover headers: {@code string}, {@code string or list}, {@code mapping}… */
  static String typeLabel(KindSchema schema, Node node) {
    Set<String> labels = new LinkedHashSet<>();
    for (JsonObject shape : shapes(schema, node.resolved())) {
      for (String type : types(shape)) {
        labels.add(
            switch (type) {
              case "array" -> "list";
              case "object" -> "mapping";
              default -> type;
            });
      }
      if (!shape.has("type") && (shape.has("enum") || shape.has("const"))) {
        labels.add("string");
      }
    }
    return String.join(" or ", labels);
  }

  /** The node's markdown documentation: its own, else its definition's. */
  static String doc(Node node) {
    return firstText(node, "markdownDescription").or(() -> firstText(node, "description")).orElse("");
  }

  /** The node's one-line plain description. */
  static String summary(Node node) {
    return firstText(node, "description").orElse("");
  }

  static Optional<String> firstText(Node node, String field) {
    Optional<String> own = KindSchema.string(node.raw(), field).filter(s -> !s.isBlank());
    return own.isPresent() ? own : KindSchema.string(node.resolved(), field).filter(s -> !s.isBlank());
  }

  /** The node itself and, resolved, the branches of its {@code oneOf}/{@code anyOf}. */
  static List<JsonObject> shapes(KindSchema schema, JsonObject resolved) {
    List<JsonObject> out = new ArrayList<>(4);
    collect(schema, resolved, out, 0);
    return out;
  }

  private static void collect(KindSchema schema, JsonObject shape, List<JsonObject> out, int depth) {
    out.add(shape);
    if (depth >= MAX_BRANCH_DEPTH) {
      return;
    }
    for (String combinator : new String[] {"oneOf", "anyOf"}) {
      JsonElement branches = shape.get(combinator);
      if (branches != null && branches.isJsonArray()) {
        for (JsonElement branch : branches.getAsJsonArray()) {
          if (branch.isJsonObject()) {
            collect(schema, schema.resolve(branch.getAsJsonObject()), out, depth + 1);
          }
        }
      }
    }
  }

  private static List<String> types(JsonObject shape) {
    JsonElement type = shape.get("type");
    if (type == null) {
      return List.of();
    }
    if (type.isJsonPrimitive()) {
      return List.of(type.getAsString());
    }
    List<String> out = new ArrayList<>();
    if (type.isJsonArray()) {
      type.getAsJsonArray().forEach(t -> out.add(t.getAsString()));
    }
    return out;
  }

  private static Node node(KindSchema schema, JsonObject raw) {
    return new Node(raw, schema.resolve(raw));
  }
}
