package dev.agentmd.core.features;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.agentmd.core.features.SchemaNav.Choice;
import dev.agentmd.core.features.SchemaNav.Node;
import dev.agentmd.core.features.YamlPath.Step;
import dev.agentmd.core.schema.KindSchema;
import dev.agentmd.core.syntax.ParsedFile;
import dev.agentmd.core.text.LineMap;
import dev.agentmd.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Hover in the frontmatter: a key's documentation from the schema, an enum value's or model
 * alias's meaning, a tool's description (or why it is retired), a hook event's description.
 *
 * <p>Like completion it reads the structure from the text ({@link YamlPath}), so hovers work in a
 * frontmatter the YAML reader could only partly read.
 */
public final class HoverProvider {

  private HoverProvider() {}

  /** What to show for the token at {@code offset}; empty outside the frontmatter or over nothing known. */
  public static Optional<HoverInfo> hover(ParsedFile file, KindSchema schema, int offset) {
    String text = file.text();
    if (offset < 0 || offset >= text.length() || CompletionProvider.insideLineBreak(text, offset)) {
      return Optional.empty();
    }
    Optional<FrontmatterRegion> region = FrontmatterRegion.forHover(file, offset);
    if (region.isEmpty()) {
      return Optional.empty();
    }
    LineMap lines = file.lines();
    int line = lines.lineOf(offset);
    YamlLine here = YamlLine.of(text, lines.lineStart(line), lines.lineContentEnd(line));
    if (here.isBlank() || here.comment()) {
      return Optional.empty();
    }
    Optional<List<Step>> parents =
        YamlPath.parents(text, lines, line, region.get().firstLine(), here.indent(), here.item());
    if (parents.isEmpty()) {
      return Optional.empty();
    }
    List<Step> path = new ArrayList<>(parents.get());
    if (here.item()) {
      path.add(Step.ITEM);
    }
    Vocabulary vocabulary = Vocabulary.of(schema);
    if (here.hasKey()) {
      if (offset >= here.keyStart() && offset <= here.keyEnd()) {
        return keyDoc(schema, path, here.key()).map(md -> new HoverInfo(Span.of(here.keyStart(), here.keyEnd()), md));
      }
      if (offset < here.valueStart()) {
        return Optional.empty();
      }
      List<Step> valuePath = new ArrayList<>(path);
      valuePath.add(Step.key(here.key()));
      return valueHover(text, schema, vocabulary, path, valuePath, here.valueStart(), here.end(), offset);
    }
    if (here.item() && offset >= here.content()) {
      return valueHover(text, schema, vocabulary, null, path, here.content(), here.end(), offset);
    }
    return Optional.empty();
  }

  /**
   * @param keyParent the path of the mapping that holds the value's key; null for a list item
   */
  private static Optional<HoverInfo> valueHover(
      String text, KindSchema schema, Vocabulary vocabulary, List<Step> keyParent, List<Step> path,
      int valueStart, int lineEnd, int offset) {
    if (isToolList(path)) {
      ToolEntries.Split split = ToolEntries.split(text, valueStart, lineEnd, offset);
      Optional<ToolEntries.Entry> entry = split.current().filter(e -> !e.text().isEmpty());
      if (entry.isEmpty() || offset < entry.get().start() || offset > entry.get().end()) {
        return Optional.empty();
      }
      ToolEntries.Entry e = entry.get();
      Span range = offset <= e.nameEnd() ? Span.of(e.start(), e.nameEnd()) : Span.of(e.start(), e.end());
      return toolDoc(vocabulary, e.name()).map(md -> new HoverInfo(range, md));
    }
    Optional<Span> token = scalarToken(text, valueStart, lineEnd);
    if (token.isEmpty() || !token.get().containsOrTouches(offset)) {
      return Optional.empty();
    }
    Optional<Node> node = SchemaNav.at(schema, path);
    if (node.isEmpty()) {
      return Optional.empty();
    }
    String value = token.get().textOf(text);
    String key = lastKey(path);
    String summary = SchemaNav.summary(node.get());
    String footer = summary.isEmpty() ? "" : "\n\n---\n\n`" + key + "`: " + summary;
    for (Choice choice : SchemaNav.choices(schema, node.get())) {
      if (choice.value().equals(value) && !choice.doc().isEmpty()) {
        String markdown = header(value, choice.owner(), key) + "\n\n" + choice.doc() + footer;
        return Optional.of(new HoverInfo(token.get(), markdown));
      }
    }
    // A value no enum lists may still match a documented branch: a full model id, a provider id.
    for (JsonObject shape : SchemaNav.shapes(schema, node.get().resolved())) {
      Optional<String> pattern = KindSchema.string(shape, "pattern");
      if (pattern.isPresent()
          && shape.has("title")
          && vocabulary.pattern(pattern.get()).map(p -> p.matcher(value).find()).orElse(false)) {
        SchemaNav.Node branch = new SchemaNav.Node(shape, shape);
        String markdown = header(value, shape, key) + "\n\n" + SchemaNav.doc(branch) + footer;
        return Optional.of(new HoverInfo(token.get(), markdown));
      }
    }
    Optional<String> keyDoc =
        keyParent != null
            ? keyDoc(schema, keyParent, key)
            : Optional.of(SchemaNav.doc(node.get())).filter(d -> !d.isEmpty());
    return keyDoc.map(md -> new HoverInfo(token.get(), md));
  }

  /** A key's documentation with a header line: {@code **model** · string · default `inherit`}. */
  static Optional<String> keyDoc(KindSchema schema, List<Step> parentPath, String key) {
    Optional<Node> parent = SchemaNav.at(schema, parentPath);
    if (parent.isEmpty()) {
      return Optional.empty();
    }
    Node property = SchemaNav.property(schema, parent.get(), key).orElse(null);
    if (property == null) {
      Optional<Node> names = SchemaNav.propertyNames(schema, parent.get());
      if (names.isPresent()) {
        for (Choice choice : SchemaNav.choices(schema, names.get())) {
          if (choice.value().equals(key)) {
            return Optional.of("**" + key + "** · " + title(choice.owner(), "key") + "\n\n" + choice.doc());
          }
        }
      }
      Optional<Node> child = SchemaNav.child(schema, parent.get(), key);
      if (child.isEmpty() || SchemaNav.doc(child.get()).isEmpty()) {
        return Optional.empty();
      }
      property = child.get();
    }
    StringBuilder out = new StringBuilder("**").append(key).append("**");
    String type = SchemaNav.typeLabel(schema, property);
    if (!type.isEmpty()) {
      out.append(" · ").append(type);
    }
    if (SchemaNav.required(schema, parent.get(), key)) {
      out.append(" · required");
    }
    JsonElement fallback =
        property.raw().has("default") ? property.raw().get("default") : property.resolved().get("default");
    if (fallback != null && fallback.isJsonPrimitive()) {
      out.append(" · default `").append(fallback.getAsString()).append('`');
    }
    String doc = SchemaNav.doc(property);
    return Optional.of(doc.isEmpty() ? out.toString() : out.append("\n\n").append(doc).toString());
  }

  /** A tool entry's description: built-in, retired (with its replacement) or MCP. */
  static Optional<String> toolDoc(Vocabulary vocabulary, String name) {
    Vocabulary.Retired retired = vocabulary.retired.get(name);
    if (retired != null) {
      String header =
          "**`" + name + "`** · retired tool" + retired.replacement().map(r -> ", use `" + r + "`").orElse("");
      String current = vocabulary.toolDocs.getOrDefault(name, "");
      return Optional.of(header + "\n\n" + retired.message() + (current.isEmpty() ? "" : "\n\n" + current));
    }
    String doc = vocabulary.toolDocs.get(name);
    if (doc != null) {
      String note = vocabulary.unavailableToSubagents.contains(name) ? " · not available to subagents" : "";
      return Optional.of("**`" + name + "`** · built-in tool" + note + "\n\n" + doc);
    }
    if (name.startsWith("mcp__") && name.length() > 5) {
      String rest = name.substring(5);
      if (rest.equals("*")) {
        return Optional.of(
            "**`mcp__*`** · all MCP tools\n\nEvery tool of every MCP server; only meaningful in `disallowedTools`.");
      }
      int split = rest.indexOf("__");
      String server = split < 0 ? rest : rest.substring(0, split);
      String tool = split < 0 ? "*" : rest.substring(split + 2);
      String what =
          tool.equals("*") || tool.isEmpty()
              ? "Every tool of the MCP server `" + server + "`."
              : "The tool `" + tool + "` of the MCP server `" + server + "`.";
      return Optional.of("**`" + name + "`** · MCP tool\n\n" + what);
    }
    return Optional.empty();
  }

  /** The value of a one-line scalar, without quotes and comment; empty for block or flow values. */
  private static Optional<Span> scalarToken(String text, int valueStart, int lineEnd) {
    if (valueStart >= lineEnd || "|>[{&*!".indexOf(text.charAt(valueStart)) >= 0) {
      return Optional.empty();
    }
    char first = text.charAt(valueStart);
    if (first == '"' || first == '\'') {
      int close = YamlLine.closingQuote(text, valueStart, lineEnd);
      return Optional.of(Span.of(valueStart + 1, close < 0 ? lineEnd : close));
    }
    int end = lineEnd;
    for (int i = valueStart; i < lineEnd; i++) {
      if (text.charAt(i) == '#' && YamlLine.isBlank(text.charAt(i - 1))) {
        end = i;
        break;
      }
    }
    while (end > valueStart && YamlLine.isBlank(text.charAt(end - 1))) {
      end--;
    }
    return Optional.of(Span.of(valueStart, end));
  }

  private static String header(String value, JsonObject owner, String key) {
    return "**`" + value + "`** · " + title(owner, "`" + key + "` value");
  }

  private static String title(JsonObject owner, String fallback) {
    return KindSchema.string(owner, "title").filter(t -> !t.isEmpty()).map(HoverProvider::lowerFirst).orElse(fallback);
  }

  /** {@code Model alias} → {@code model alias}; {@code MCP server} stays. */
  private static String lowerFirst(String title) {
    return title.length() > 1 && Character.isUpperCase(title.charAt(1))
        ? title
        : Character.toLowerCase(title.charAt(0)) + title.substring(1);
  }

  private static boolean isToolList(List<Step> path) {
    if (path.isEmpty() || path.get(0).isItem()) {
      return false;
    }
    String key = path.get(0).key();
    boolean toolKey = key.equals("tools") || key.equals("disallowedTools");
    return toolKey && (path.size() == 1 || (path.size() == 2 && path.get(1).isItem()));
  }

  private static String lastKey(List<Step> path) {
    for (int i = path.size() - 1; i >= 0; i--) {
      if (!path.get(i).isItem()) {
        return path.get(i).key();
      }
    }
    return "";
  }
}
