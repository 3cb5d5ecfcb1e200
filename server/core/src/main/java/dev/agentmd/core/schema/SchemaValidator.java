package dev.agentmd.core.schema;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.text.DidYouMean;
import dev.agentmd.core.text.Span;
import dev.agentmd.core.yaml.ScalarStyle;
import dev.agentmd.core.yaml.ScalarType;
import dev.agentmd.core.yaml.YamlEntry;
import dev.agentmd.core.yaml.YamlMapping;
import dev.agentmd.core.yaml.YamlNode;
import dev.agentmd.core.yaml.YamlScalar;
import dev.agentmd.core.yaml.YamlSequence;
import dev.agentmd.core.yaml.YamlUnreadable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Checks a YAML tree against a JSON Schema (the 2020-12 keywords our schemas use), reporting every
 * violation at the node it concerns.
 *
 * <p>We interpret the keywords ourselves instead of using a general validator: it costs no start-up
 * time (no Jackson, no dialect machinery), it works on YAML nodes so every finding has the exact
 * source span, and it understands our annotations ({@code x-severity}, {@code x-message}, {@code
 * x-aliases}, {@code x-checkedBy}). Supported: {@code type enum const pattern minLength maxLength
 * minimum exclusiveMinimum maximum required properties additionalProperties propertyNames items
 * minItems maxItems minProperties maxProperties anyOf oneOf allOf if then not $ref}. {@code oneOf}
 * is checked as {@code anyOf}: our schemas never rely on exclusivity.
 */
public final class SchemaValidator {

  private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  private final KindSchema schema;
  private final boolean probe;
  private final List<SchemaViolation> out = new ArrayList<>();

  /**
   * @param probe true when only asking whether a branch passes; then nothing is suppressed in
   *     favour of another rule, because the answer must be the plain schema verdict
   */
  private SchemaValidator(KindSchema schema, boolean probe) {
    this.schema = schema;
    this.probe = probe;
  }

  /**
   * Validates a document's frontmatter mapping.
   *
   * @param anchor where to report top-level problems that have no node, such as a missing key
   */
  public static List<SchemaViolation> validate(KindSchema schema, YamlMapping root, Span anchor) {
    SchemaValidator validator = new SchemaValidator(schema, false);
    validator.check(schema.root(), root, new Context("", anchor, Optional.empty(), Optional.empty()));
    return strongestFormatViolations(validator.out);
  }

  /**
   * Several format checks on one value ("must not contain `:`" and "should be lowercase") say the
   * same thing at different strengths; keep only the most severe.
   */
  private static List<SchemaViolation> strongestFormatViolations(List<SchemaViolation> violations) {
    Map<Span, Severity> strongest = new HashMap<>();
    for (SchemaViolation v : violations) {
      if (v.kind() == SchemaViolation.Kind.PATTERN) {
        Severity severity = v.severity().orElse(Severity.WARNING);
        strongest.merge(v.span(), severity, (a, b) -> a.compareTo(b) <= 0 ? a : b);
      }
    }
    List<SchemaViolation> kept = new ArrayList<>();
    Set<Span> done = new java.util.HashSet<>();
    for (SchemaViolation v : violations) {
      if (v.kind() != SchemaViolation.Kind.PATTERN) {
        kept.add(v);
      } else if (v.severity().orElse(Severity.WARNING) == strongest.get(v.span()) && done.add(v.span())) {
        kept.add(v);
      }
    }
    return kept;
  }

  /** Where we are: the path for messages, the span to blame, the inherited annotations. */
  private record Context(String path, Span anchor, Optional<Severity> severity, Optional<String> message) {

    Context inside(JsonObject subschema) {
      Optional<Severity> ownSeverity = KindSchema.string(subschema, "x-severity").flatMap(Severity::parse);
      Optional<String> ownMessage = KindSchema.string(subschema, "x-message");
      return new Context(path, anchor, ownSeverity.or(() -> severity), ownMessage.or(() -> message));
    }

    Context child(String segment, Span childAnchor) {
      String childPath = path.isEmpty() ? segment : segment.startsWith("[") ? path + segment : path + "." + segment;
      return new Context(childPath, childAnchor, severity, message);
    }

    String subject() {
      return path.isEmpty() ? "The frontmatter" : "`" + path + "`";
    }
  }

  private void check(JsonObject rawSchema, YamlNode node, Context parent) {
    if (node instanceof YamlUnreadable) {
      return;
    }
    JsonObject subschema = schema.resolve(rawSchema);
    Context context = parent.inside(rawSchema).inside(subschema);
    if (rawSchema.has("x-checkedBy") || subschema.has("x-checkedBy")) {
      return;
    }
    if (subschema.has("type") && !typeMatches(subschema.get("type"), node)) {
      reportType(typeList(subschema.get("type")), node, context);
      return;
    }
    if (failsGuard(subschema, node, context)) {
      return;
    }
    int before = out.size();
    checkValue(subschema, node, context);
    for (int i = before; i < out.size(); i++) {
      if (out.get(i).kind() == SchemaViolation.Kind.EMPTY) {
        // An empty value breaks every format rule too; saying so once is enough.
        return;
      }
    }
    if (node instanceof YamlMapping mapping) {
      checkObject(subschema, mapping, context);
    } else if (node instanceof YamlSequence sequence) {
      checkArray(subschema, sequence, context);
    }
    checkCombinators(subschema, node, context);
  }

  /**
   * An {@code allOf} branch marked {@code x-guard} recognises a whole mistake (a hook handler put
   * where a matcher group belongs); when it fails, its one message replaces the cascade of
   * findings the other keywords would give.
   */
  private boolean failsGuard(JsonObject subschema, YamlNode node, Context context) {
    if (!subschema.has("allOf")) {
      return false;
    }
    for (JsonElement branch : subschema.getAsJsonArray("allOf")) {
      JsonObject guard = branch.getAsJsonObject();
      if (isGuard(guard) && !passes(guard, node)) {
        check(guard, node, context);
        return true;
      }
    }
    return false;
  }

  private static boolean isGuard(JsonObject schema) {
    return schema.has("x-guard") && schema.get("x-guard").getAsBoolean();
  }

  /**
   * Reports a value of the wrong type: an empty value is "empty", a number or boolean where text is
   * expected is a quotable warning (YAML loaders in Claude Code turn it into text), and a flow
   * {@code [list]} where a top-level string is expected is left to {@code yaml/indicator-value},
   * which explains the YAML trap.
   */
  private void reportType(List<String> types, YamlNode node, Context context) {
    boolean wantsString = types.contains("string");
    if (node instanceof YamlScalar scalar && scalar.isNull()) {
      report(SchemaViolation.Kind.EMPTY, context, node.span(),
          context.subject() + " is empty; it must be " + typeNames(types) + ".", List.of());
      return;
    }
    boolean flowCollection =
        node instanceof YamlSequence seq && seq.flow() || node instanceof YamlMapping map && map.flow();
    if (flowCollection && types.equals(List.of("string")) && isTopLevel(context) && !probe) {
      return;
    }
    String message = context.subject() + " must be " + typeNames(types) + ", not " + describe(node) + ".";
    if (wantsString && node instanceof YamlScalar scalar && scalar.style() == ScalarStyle.PLAIN) {
      Optional<Severity> capped =
          Optional.of(context.severity().filter(s -> s != Severity.ERROR).orElse(Severity.WARNING));
      out.add(new SchemaViolation(SchemaViolation.Kind.TYPE, context.path(),
          message + " Claude Code reads it as text, but other tools read " + scalar.kindName() + "; quote it.",
          node.span(), capped,
          List.of(Fix.replace("Quote the value", scalar.span(), "\"" + scalar.value() + "\"", true))));
      return;
    }
    report(SchemaViolation.Kind.TYPE, context, node.span(), message, List.of());
  }

  private static boolean isTopLevel(Context context) {
    return !context.path().contains(".") && !context.path().contains("[");
  }

  private void checkValue(JsonObject subschema, YamlNode node, Context context) {
    if (subschema.has("enum") && !enumContains(subschema.getAsJsonArray("enum"), node)) {
      reportEnum(subschema, KindSchema.stringEnum(subschema), node, context);
    }
    if (subschema.has("const") && !constMatches(subschema.get("const"), node)) {
      report(SchemaViolation.Kind.ENUM, context, node.span(),
          context.message().orElse(context.subject() + " must be `" + subschema.get("const").getAsString() + "`."),
          List.of());
    }
    if (node instanceof YamlScalar scalar && scalar.isString()) {
      String value = scalar.value();
      int length = value.codePointCount(0, value.length());
      if (subschema.has("minLength") && length < subschema.get("minLength").getAsInt()) {
        boolean empty = value.isBlank();
        report(empty ? SchemaViolation.Kind.EMPTY : SchemaViolation.Kind.RANGE, context, node.span(),
            empty ? context.subject() + " must not be empty."
                : context.subject() + " must be at least " + subschema.get("minLength").getAsInt() + " characters long.",
            List.of());
      }
      if (subschema.has("maxLength") && length > subschema.get("maxLength").getAsInt()) {
        report(SchemaViolation.Kind.RANGE, context, node.span(),
            context.subject() + " is " + length + " characters long; the limit is "
                + subschema.get("maxLength").getAsInt() + ".",
            List.of());
      }
      if (subschema.has("pattern") && !pattern(subschema.get("pattern").getAsString()).matcher(value).find()) {
        report(SchemaViolation.Kind.PATTERN, context, node.span(),
            context.message().orElse(context.subject() + " must match `" + subschema.get("pattern").getAsString() + "`."),
            List.of());
      }
    }
    if (node instanceof YamlScalar scalar
        && (scalar.type() == ScalarType.INTEGER || scalar.type() == ScalarType.FLOAT)) {
      checkNumber(subschema, scalar, context);
    }
  }

  private void checkNumber(JsonObject subschema, YamlScalar scalar, Context context) {
    Optional<Double> value = number(scalar.value());
    if (value.isEmpty()) {
      return;
    }
    double number = value.get();
    if (subschema.has("minimum") && number < subschema.get("minimum").getAsDouble()) {
      report(SchemaViolation.Kind.RANGE, context, scalar.span(),
          context.subject() + " must be at least " + plain(subschema.get("minimum")) + ".", List.of());
    }
    if (subschema.has("exclusiveMinimum") && number <= subschema.get("exclusiveMinimum").getAsDouble()) {
      report(SchemaViolation.Kind.RANGE, context, scalar.span(),
          context.subject() + " must be greater than " + plain(subschema.get("exclusiveMinimum")) + ".", List.of());
    }
    if (subschema.has("maximum") && number > subschema.get("maximum").getAsDouble()) {
      report(SchemaViolation.Kind.RANGE, context, scalar.span(),
          context.subject() + " must be at most " + plain(subschema.get("maximum")) + ".", List.of());
    }
  }

  private void checkObject(JsonObject subschema, YamlMapping mapping, Context context) {
    Map<String, YamlEntry> entries = new HashMap<>();
    for (YamlEntry entry : mapping.entries()) {
      entry.keyText().ifPresent(key -> entries.putIfAbsent(key, entry));
    }
    if (subschema.has("required")) {
      for (JsonElement required : subschema.getAsJsonArray("required")) {
        String key = required.getAsString();
        if (!entries.containsKey(key)) {
          report(SchemaViolation.Kind.REQUIRED, context.child(key, context.anchor()), context.anchor(),
              (context.path().isEmpty() ? "Missing required key `" + key + "`"
                  : context.subject() + " is missing the required key `" + key + "`")
                  + requiredReason(subschema, key),
              List.of());
        }
      }
    }
    JsonObject properties = KindSchema.object(subschema, "properties").orElse(new JsonObject());
    Optional<JsonObject> propertyNames = KindSchema.object(subschema, "propertyNames");
    JsonElement additional = subschema.get("additionalProperties");
    for (YamlEntry entry : mapping.entries()) {
      Optional<String> key = entry.keyText();
      if (key.isEmpty()) {
        report(SchemaViolation.Kind.TYPE, context, entry.key().span(),
            "A key must be plain text, not " + entry.key().kindName()
                + " (for `{{placeholders}}` or `[brackets]`, quote the key).",
            List.of());
        continue;
      }
      Context child = context.child(key.get(), entry.key().span());
      propertyNames.ifPresent(names -> check(names, entry.key(), child));
      if (properties.has(key.get())) {
        check(properties.getAsJsonObject(key.get()), entry.value(), child);
      } else if (additional != null && additional.isJsonObject()) {
        check(additional.getAsJsonObject(), entry.value(), child);
      } else if (additional != null && additional.isJsonPrimitive() && !additional.getAsBoolean()) {
        reportUnknownKey(subschema, properties, mapping, entry, key.get(), context);
      }
    }
    int count = mapping.entries().size();
    if (subschema.has("minProperties") && count < subschema.get("minProperties").getAsInt()) {
      report(SchemaViolation.Kind.SHAPE, context, mapping.span().isEmpty() ? context.anchor() : mapping.span(),
          context.message().orElse(context.subject() + " needs at least " + count(subschema.get("minProperties").getAsInt(), "entry", "entries") + "."), List.of());
    }
    if (subschema.has("maxProperties") && count > subschema.get("maxProperties").getAsInt()) {
      report(SchemaViolation.Kind.SHAPE, context, mapping.span(),
          context.message().orElse(context.subject() + " may have at most " + count(subschema.get("maxProperties").getAsInt(), "entry", "entries") + "."), List.of());
    }
  }

  private static String requiredReason(JsonObject subschema, String key) {
    return KindSchema.object(subschema, "x-requiredReasons")
        .flatMap(reasons -> KindSchema.string(reasons, key))
        .map(reason -> ": " + reason)
        .orElse(".");
  }

  private void reportUnknownKey(
      JsonObject subschema, JsonObject properties, YamlMapping mapping, YamlEntry entry, String key, Context context) {
    Map<String, String> aliases = schema.aliases(subschema);
    Optional<String> suggestion = Optional.ofNullable(aliases.get(key));
    if (suggestion.isEmpty()) {
      suggestion = DidYouMean.nearest(key, properties.keySet());
    }
    Optional<Severity> severity =
        KindSchema.string(subschema, "x-unknownKeySeverity").flatMap(Severity::parse).or(() -> Optional.of(Severity.WARNING));
    String where = context.path().isEmpty() ? "" : " in " + context.subject();
    String message = "Unknown key `" + key + "`" + where + "; "
        + (context.path().isEmpty() ? "Claude Code ignores it silently." : "it is ignored.")
        + suggestion.map(s -> " Did you mean `" + s + "`?"
            + (mapping.entry(s).isPresent() ? " (`" + s + "` is already set, so this line can go.)" : ""))
            .orElse("");
    List<Fix> fixes = suggestion
        .filter(s -> mapping.entry(s).isEmpty())
        .map(s -> List.of(Fix.replace("Rename to `" + s + "`", entry.key().span(), s, false)))
        .orElse(List.of());
    out.add(new SchemaViolation(SchemaViolation.Kind.UNKNOWN_KEY, context.child(key, entry.key().span()).path(), message, entry.key().span(), severity, fixes));
  }

  private void checkArray(JsonObject subschema, YamlSequence sequence, Context context) {
    Optional<JsonObject> items = KindSchema.object(subschema, "items");
    if (items.isPresent()) {
      for (int i = 0; i < sequence.items().size(); i++) {
        YamlNode item = sequence.items().get(i);
        check(items.get(), item, context.child("[" + i + "]", item.span()));
      }
    }
    int count = sequence.items().size();
    if (subschema.has("minItems") && count < subschema.get("minItems").getAsInt()) {
      boolean empty = count == 0;
      report(empty ? SchemaViolation.Kind.EMPTY : SchemaViolation.Kind.RANGE, context, sequence.span(),
          empty ? context.subject() + " must not be an empty list."
              : context.subject() + " needs at least " + count(subschema.get("minItems").getAsInt(), "item", "items") + ".",
          List.of());
    }
    if (subschema.has("maxItems") && count > subschema.get("maxItems").getAsInt()) {
      report(SchemaViolation.Kind.RANGE, context, sequence.span(),
          context.subject() + " may have at most " + count(subschema.get("maxItems").getAsInt(), "item", "items") + ".", List.of());
    }
  }

  private void checkCombinators(JsonObject subschema, YamlNode node, Context context) {
    if (subschema.has("allOf")) {
      for (JsonElement branch : subschema.getAsJsonArray("allOf")) {
        if (!isGuard(branch.getAsJsonObject())) {
          check(branch.getAsJsonObject(), node, context);
        }
      }
    }
    for (String keyword : List.of("anyOf", "oneOf")) {
      if (subschema.has(keyword)) {
        checkAlternatives(subschema.getAsJsonArray(keyword), node, context);
      }
    }
    if (subschema.has("if") && subschema.has("then") && passes(subschema.getAsJsonObject("if"), node)) {
      check(subschema.getAsJsonObject("then"), node, context);
    }
    if (subschema.has("not") && passes(subschema.getAsJsonObject("not"), node)) {
      SchemaViolation.Kind kind =
          KindSchema.string(subschema, "x-kind")
              .map(k -> SchemaViolation.Kind.valueOf(k.toUpperCase(java.util.Locale.ROOT).replace('-', '_')))
              .orElse(SchemaViolation.Kind.PATTERN);
      report(kind, context, node.span(),
          context.message().orElse(context.subject() + " has a value that is not allowed here."), List.of());
    }
  }

  private void checkAlternatives(JsonArray branches, YamlNode node, Context context) {
    List<JsonObject> sameType = new ArrayList<>();
    for (JsonElement element : branches) {
      JsonObject branch = element.getAsJsonObject();
      if (passes(branch, node)) {
        return;
      }
      JsonObject resolved = schema.resolve(branch);
      if (!resolved.has("type") || typeMatches(resolved.get("type"), node)) {
        sameType.add(branch);
      }
    }
    if (sameType.isEmpty()) {
      Set<String> types = new LinkedHashSet<>();
      for (JsonElement element : branches) {
        JsonObject resolved = schema.resolve(element.getAsJsonObject());
        if (resolved.has("type")) {
          types.addAll(typeList(resolved.get("type")));
        }
      }
      reportType(new ArrayList<>(types), node, context);
      return;
    }
    List<String> enumValues = new ArrayList<>();
    for (JsonObject branch : sameType) {
      enumValues.addAll(KindSchema.stringEnum(schema.resolve(branch)));
    }
    if (!enumValues.isEmpty() && node instanceof YamlScalar) {
      reportEnum(new JsonObject(), enumValues, node, context);
      return;
    }
    check(sameType.get(0), node, context);
  }

  private boolean passes(JsonObject branch, YamlNode node) {
    SchemaValidator validator = new SchemaValidator(schema, true);
    validator.check(branch, node, new Context("", node.span(), Optional.empty(), Optional.empty()));
    return validator.out.isEmpty();
  }

  private void reportEnum(JsonObject subschema, List<String> allowed, YamlNode node, Context context) {
    String value = node instanceof YamlScalar scalar ? scalar.value() : null;
    Optional<String> suggestion = value == null ? Optional.empty() : DidYouMean.nearest(value, allowed);
    String list = allowed.size() <= 12 ? String.join(", ", allowed.stream().map(v -> "`" + v + "`").toList()) : null;
    String message = context.message().orElseGet(() -> context.subject() + " must be one of " + (list == null ? "the documented values" : list) + ".");
    if (value != null) {
      message = "`" + value + "` is not a known value. " + message;
    }
    message += suggestion.map(s -> " Did you mean `" + s + "`?").orElse("");
    List<Fix> fixes = suggestion
        .map(s -> List.of(Fix.replace("Change to `" + s + "`", node.span(), requote((YamlScalar) node, s), false)))
        .orElse(List.of());
    out.add(new SchemaViolation(SchemaViolation.Kind.ENUM, context.path(), message, node.span(), context.severity(), fixes));
  }

  private static String requote(YamlScalar scalar, String value) {
    return switch (scalar.style()) {
      case SINGLE_QUOTED -> "'" + value + "'";
      case DOUBLE_QUOTED -> "\"" + value + "\"";
      default -> value;
    };
  }

  private void report(SchemaViolation.Kind kind, Context context, Span span, String message, List<Fix> fixes) {
    // An empty value has an empty span; underline its key instead so the finding is visible.
    if (span.isEmpty() && !context.anchor().isEmpty()) {
      span = context.anchor();
    }
    out.add(new SchemaViolation(kind, context.path(), message, span, context.severity(), fixes));
  }

  private static boolean typeMatches(JsonElement type, YamlNode node) {
    for (String name : typeList(type)) {
      if (hasType(name, node)) {
        return true;
      }
    }
    return false;
  }

  private static boolean hasType(String name, YamlNode node) {
    return switch (name) {
      case "object" -> node instanceof YamlMapping;
      case "array" -> node instanceof YamlSequence;
      case "string" -> node instanceof YamlScalar s && s.type() == ScalarType.STRING;
      case "integer" -> node instanceof YamlScalar s && s.type() == ScalarType.INTEGER;
      case "number" -> node instanceof YamlScalar s && (s.type() == ScalarType.INTEGER || s.type() == ScalarType.FLOAT);
      case "boolean" -> node instanceof YamlScalar s && s.type() == ScalarType.BOOLEAN;
      case "null" -> node instanceof YamlScalar s && s.type() == ScalarType.NULL;
      default -> false;
    };
  }

  private static List<String> typeList(JsonElement type) {
    List<String> names = new ArrayList<>();
    if (type.isJsonArray()) {
      type.getAsJsonArray().forEach(t -> names.add(t.getAsString()));
    } else {
      names.add(type.getAsString());
    }
    return names;
  }

  private static String typeNames(JsonElement type) {
    return typeNames(typeList(type));
  }

  private static String typeNames(List<String> types) {
    List<String> nouns = new ArrayList<>();
    for (String name : types) {
      nouns.add(switch (name) {
        case "object" -> "a mapping";
        case "array" -> "a list";
        case "string" -> "a string";
        case "integer" -> "an integer";
        case "number" -> "a number";
        case "boolean" -> "`true` or `false`";
        case "null" -> "empty";
        default -> name;
      });
    }
    return String.join(" or ", nouns);
  }

  private static String describe(YamlNode node) {
    if (node instanceof YamlScalar scalar && scalar.type() != ScalarType.STRING) {
      return scalar.type() == ScalarType.NULL ? "empty" : scalar.kindName() + " (`" + scalar.value() + "`)";
    }
    return node.kindName();
  }

  private static boolean enumContains(JsonArray values, YamlNode node) {
    for (JsonElement value : values) {
      if (constMatches(value, node)) {
        return true;
      }
    }
    return false;
  }

  private static boolean constMatches(JsonElement expected, YamlNode node) {
    if (!(node instanceof YamlScalar scalar) || !expected.isJsonPrimitive()) {
      return false;
    }
    JsonPrimitive primitive = expected.getAsJsonPrimitive();
    if (primitive.isString()) {
      return scalar.type() == ScalarType.STRING && scalar.value().equals(primitive.getAsString());
    }
    if (primitive.isBoolean()) {
      return scalar.type() == ScalarType.BOOLEAN && Boolean.parseBoolean(scalar.value().toLowerCase()) == primitive.getAsBoolean();
    }
    if (primitive.isNumber()) {
      return number(scalar.value()).filter(n -> n == primitive.getAsDouble()).isPresent();
    }
    return false;
  }

  private static Optional<Double> number(String text) {
    try {
      if (text.startsWith("0x")) {
        return Optional.of((double) Long.parseLong(text.substring(2), 16));
      }
      if (text.startsWith("0o")) {
        return Optional.of((double) Long.parseLong(text.substring(2), 8));
      }
      return Optional.of(Double.parseDouble(text));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }

  private static String plain(JsonElement number) {
    double value = number.getAsDouble();
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }

  private static Pattern pattern(String regex) {
    return PATTERNS.computeIfAbsent(regex, Pattern::compile);
  }
}
