package dev.agentmd.core.features;

import dev.agentmd.core.features.CompletionProvider.Cursor;
import dev.agentmd.core.features.SchemaNav.Choice;
import dev.agentmd.core.features.SchemaNav.Node;
import dev.agentmd.core.features.YamlPath.Step;
import dev.agentmd.core.schema.KindSchema;
import dev.agentmd.core.text.Span;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Key completion: the properties of the mapping around the cursor that are not there yet, and the
 * names its {@code propertyNames} allows (hook events under {@code hooks}).
 */
final class KeyCompletions {

  /**
   * Skeletons for structured top-level keys. Everything else gets {@code key: }. Written at column
   * 0, so no indentation adjustment is needed for them.
   */
  private static final Map<String, String> TOP_LEVEL_SNIPPETS =
      Map.of(
          "tools", "tools: ${1:Read, Grep, Glob}",
          "disallowedTools", "disallowedTools: ${1:Write, Edit}",
          "skills", "skills:\n  - ${1:skill-name}",
          "mcpServers", "mcpServers:\n  - ${1:server-name}",
          "hooks",
          "hooks:\n  ${1:PreToolUse}:\n    - matcher: \"${2:Bash}\"\n      hooks:\n        - type: command\n"
              + "          command: \"${3:./scripts/check.sh}\"");

  private KeyCompletions() {}

  static void add(Cursor cursor, List<Step> path, List<CompletionItem> out) {
    KindSchema schema = cursor.request().schema();
    Optional<Node> node = SchemaNav.at(schema, path);
    if (node.isEmpty()) {
      return;
    }
    Map<String, Node> properties = SchemaNav.properties(schema, node.get());
    Optional<Node> names = SchemaNav.propertyNames(schema, node.get());
    if (properties.isEmpty() && names.isEmpty()) {
      return;
    }
    String text = cursor.text();
    YamlLine before = cursor.before();
    int start = before.content();
    int end = cursor.offset();
    while (end < cursor.lineEnd() && isKeyChar(text.charAt(end))) {
      end++;
    }
    boolean hasColon = followedByColon(text, end, cursor.lineEnd());
    Span replace = Span.of(start, end);
    String typed = text.substring(start, cursor.offset());
    Set<String> present = new HashSet<>();
    YamlPath.siblingKeys(
        text, cursor.lines(), cursor.line(), cursor.region().firstLine(), cursor.region().lastLine(),
        before.contentColumn(), present);
    int index = 0;
    for (Map.Entry<String, Node> property : properties.entrySet()) {
      String key = property.getKey();
      index++;
      if (present.contains(key)) {
        continue;
      }
      Node child = property.getValue();
      boolean required = SchemaNav.required(schema, node.get(), key);
      String detail = SchemaNav.typeLabel(schema, child) + (required ? " · required" : "");
      String snippet = path.isEmpty() && !hasColon ? TOP_LEVEL_SNIPPETS.get(key) : null;
      String insert = snippet != null ? snippet : hasColon ? key : key + ": ";
      out.add(
          new CompletionItem(
              key, ItemKind.KEY, detail, SchemaNav.doc(child), insert, snippet != null,
              CompletionProvider.sortText(index, typed, key), key, replace));
    }
    if (names.isPresent()) {
      Vocabulary vocabulary = cursor.vocabulary();
      for (Choice choice : SchemaNav.choices(schema, names.get())) {
        index++;
        if (present.contains(choice.value())) {
          continue;
        }
        boolean event = choice.owner() == vocabulary.hookEvent;
        String insert =
            hasColon ? choice.value() : event ? eventSkeleton(choice.value(), vocabulary) : choice.value() + ":";
        out.add(
            new CompletionItem(
                choice.value(), event ? ItemKind.EVENT : ItemKind.KEY,
                event ? "hook event" : SchemaNav.typeLabel(schema, names.get()), choice.doc(), insert,
                event && !hasColon, CompletionProvider.sortText(index, typed, choice.value()),
                choice.value(), replace));
      }
    }
  }

  /** An event with one matcher group and a command handler, indented relative to the event. */
  private static String eventSkeleton(String event, Vocabulary vocabulary) {
    String name = CompletionProvider.escapeSnippet(event);
    if (vocabulary.noMatcherEvents.contains(event)) {
      return name + ":\n  - hooks:\n      - type: command\n        command: \"${1}\"";
    }
    return name + ":\n  - matcher: \"${1}\"\n    hooks:\n      - type: command\n        command: \"${2}\"";
  }

  private static boolean followedByColon(String text, int from, int lineEnd) {
    int i = from;
    while (i < lineEnd && YamlLine.isBlank(text.charAt(i))) {
      i++;
    }
    return i < lineEnd && text.charAt(i) == ':';
  }

  static boolean isKeyChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '-';
  }
}
