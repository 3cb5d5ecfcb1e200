package dev.agentmd.core.features;

import dev.agentmd.core.features.CompletionProvider.Cursor;
import dev.agentmd.core.features.SchemaNav.Choice;
import dev.agentmd.core.features.SchemaNav.Node;
import dev.agentmd.core.features.YamlPath.Step;
import dev.agentmd.core.text.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Value completion: tool names in {@code tools}/{@code disallowedTools} (one entry at a time),
 * {@code name} from the file name, model aliases and ids for {@code model}, tool names in a tool
 * event's {@code matcher}, and every enum or boolean value the schema lists for the key.
 */
final class ValueCompletions {

  private static final String ALL_MCP_TOOLS = "mcp__*";

  /** Added to the sort rank of tools that subagents never get. */
  private static final int UNAVAILABLE_RANK = 1000;

  private ValueCompletions() {}

  /** After {@code key:} on the cursor's line; {@code path} ends with that key. */
  static void forValue(Cursor cursor, List<Step> path, int valueStart, List<CompletionItem> out) {
    String text = cursor.text();
    int offset = cursor.offset();
    Optional<String> toolKey = toolListKey(path);
    if (toolKey.isPresent()) {
      ToolEntries.Split split = ToolEntries.split(text, valueStart, cursor.lineEnd(), offset);
      split.current()
          .ifPresent(entry -> addTools(cursor, toolKey.get(), entry.start(), split.otherNames(), out));
      return;
    }
    char first = valueStart < offset ? text.charAt(valueStart) : 0;
    if ("|>&*!{[".indexOf(first) >= 0) {
      return;
    }
    boolean quoted = first == '"' || first == '\'';
    int start = quoted ? valueStart + 1 : valueStart;
    if (isMatcher(path, cursor.vocabulary())) {
      int bar = text.lastIndexOf('|', offset - 1);
      addTools(cursor, "matcher", Math.max(start, bar + 1), List.of(), out);
      return;
    }
    int end = offset;
    while (end < cursor.lineEnd() && isValueChar(text.charAt(end))) {
      end++;
    }
    Values values = new Values(cursor, Span.of(start, end), text.substring(start, offset), quoted);
    if (path.size() == 1 && path.get(0).key().equals("name")) {
      values.names(cursor.request().path(), out);
    } else if (path.size() == 1 && path.get(0).key().equals("model")) {
      values.models(out);
    } else {
      SchemaNav.at(cursor.request().schema(), path).ifPresent(node -> values.choices(node, lastKey(path), out));
    }
  }

  /** A list item being typed ({@code - Gr}); {@code path} ends with the item. */
  static void forItem(Cursor cursor, List<Step> path, List<CompletionItem> out) {
    String text = cursor.text();
    YamlLine before = cursor.before();
    int start = before.content();
    if (start < cursor.offset() && (text.charAt(start) == '"' || text.charAt(start) == '\'')) {
      start++;
    }
    Optional<String> toolKey = path.size() == 2 ? toolListKey(path.subList(0, 1)) : Optional.empty();
    if (toolKey.isPresent()) {
      List<String> others = new ArrayList<>();
      YamlPath.siblingItems(
          text, cursor.lines(), cursor.line(), cursor.region().firstLine(), cursor.region().lastLine(),
          before.indent(), others);
      others.replaceAll(item -> new ToolEntries.Entry(item, 0, item.length()).name());
      addTools(cursor, toolKey.get(), start, others, out);
      return;
    }
    Optional<Node> node = SchemaNav.at(cursor.request().schema(), path);
    if (node.isEmpty()) {
      return;
    }
    int from = Math.min(start, cursor.offset());
    int end = cursor.offset();
    while (end < cursor.lineEnd() && isValueChar(text.charAt(end))) {
      end++;
    }
    new Values(cursor, Span.of(from, end), text.substring(from, cursor.offset()), from > before.content())
        .choices(node.get(), lastKey(path), out);
  }

  /** Tool names for the entry that starts at {@code entryStart}, except those already listed. */
  private static void addTools(
      Cursor cursor, String key, int entryStart, Collection<String> listed, List<CompletionItem> out) {
    String text = cursor.text();
    int offset = cursor.offset();
    if (entryStart > offset || text.substring(entryStart, offset).indexOf('(') >= 0) {
      return;
    }
    int end = offset;
    while (end < cursor.lineEnd() && isToolChar(text.charAt(end))) {
      end++;
    }
    Span replace = Span.of(entryStart, end);
    String typed = text.substring(entryStart, offset);
    String space = needsSpace(text, entryStart, offset) ? " " : "";
    Set<String> skip = new HashSet<>(listed);
    Vocabulary vocabulary = cursor.vocabulary();
    int index = 0;
    for (var tool : vocabulary.tools.entrySet()) {
      index++;
      if (skip.add(tool.getKey())) {
        // Tools a subagent never gets are still valid names; they sort last and say why.
        boolean unavailable = vocabulary.unavailableToSubagents.contains(tool.getKey());
        String detail = unavailable ? "built-in tool · not available to subagents" : "built-in tool";
        int rank = unavailable ? index + UNAVAILABLE_RANK : index;
        out.add(tool(tool.getKey(), detail, tool.getValue(), space, rank, typed, replace));
      }
    }
    for (String extra : new TreeSet<>(cursor.request().settings().extraTools())) {
      index++;
      if (skip.add(extra)) {
        out.add(tool(extra, "configured tool", "Listed in the `tools.extra` setting.", space, index, typed, replace));
      }
    }
    if (key.equals("disallowedTools") && skip.add(ALL_MCP_TOOLS)) {
      out.add(
          tool(ALL_MCP_TOOLS, "all MCP tools", "Removes every MCP tool from this subagent.", space, ++index,
              typed, replace));
    }
  }

  private static CompletionItem tool(
      String name, String detail, String doc, String space, int index, String typed, Span replace) {
    return new CompletionItem(
        name, ItemKind.TOOL, detail, doc, space + name, false, CompletionProvider.sortText(index, typed, name),
        name, replace);
  }

  /** Scalar values for one key, all replacing the same range. */
  private record Values(Cursor cursor, Span replace, String typed, boolean quoted) {

    void names(Optional<Path> path, List<CompletionItem> out) {
      Optional<String> stem =
          path.map(Path::getFileName)
              .map(Path::toString)
              .map(n -> n.endsWith(".md") ? n.substring(0, n.length() - 3) : n);
      if (stem.isEmpty() || stem.get().isBlank()) {
        return;
      }
      Set<String> names = new LinkedHashSet<>();
      names.add(conventional(stem.get()));
      names.add(stem.get());
      int index = 0;
      for (String name : names) {
        if (name.isEmpty()) {
          continue;
        }
        String doc = "The file's name without `.md`: `" + stem.get() + ".md`.";
        out.add(item(name, ItemKind.VALUE, "file name", doc, ++index, true));
      }
    }

    void models(List<CompletionItem> out) {
      Vocabulary vocabulary = cursor.vocabulary();
      Set<String> seen = new HashSet<>();
      int index = 0;
      for (var alias : vocabulary.modelAliases.entrySet()) {
        index++;
        if (seen.add(alias.getKey())) {
          out.add(item(alias.getKey(), ItemKind.MODEL, "model alias", alias.getValue(), index, false));
        }
      }
      for (String id : vocabulary.modelIds) {
        index++;
        if (seen.add(id)) {
          out.add(item(id, ItemKind.MODEL, "model id", "A full Anthropic model id.", index, false));
        }
      }
      for (String extra : new TreeSet<>(cursor.request().settings().extraModels())) {
        index++;
        if (seen.add(extra)) {
          out.add(item(extra, ItemKind.MODEL, "configured model", "Listed in the `models.extra` setting.", index, true));
        }
      }
    }

    void choices(Node node, String key, List<CompletionItem> out) {
      Vocabulary vocabulary = cursor.vocabulary();
      int index = 0;
      for (Choice choice : SchemaNav.choices(cursor.request().schema(), node)) {
        ItemKind kind =
            choice.owner() == vocabulary.modelAlias ? ItemKind.MODEL
                : choice.owner() == vocabulary.hookEvent ? ItemKind.EVENT
                : choice.owner() == vocabulary.toolName ? ItemKind.TOOL
                : ItemKind.VALUE;
        out.add(item(choice.value(), kind, key, choice.doc(), ++index, false));
      }
    }

    /**
     * @param quoteIfNeeded quote values YAML would read as something else (a file named {@code
     *     3000.md}); schema values are inserted as the schema spells them
     */
    private CompletionItem item(
        String value, ItemKind kind, String detail, String doc, int index, boolean quoteIfNeeded) {
      String insert =
          quoted || !quoteIfNeeded || !needsQuotes(value)
              ? value
              : "\"" + value.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
      if (needsSpace(cursor.text(), replace.start(), cursor.offset())) {
        insert = " " + insert;
      }
      return new CompletionItem(
          value, kind, detail, doc, insert, false, CompletionProvider.sortText(index, typed, value), value, replace);
    }
  }

  /** {@code tools} or {@code disallowedTools} when the path is exactly that top-level key. */
  private static Optional<String> toolListKey(List<Step> path) {
    if (path.size() != 1 || path.get(0).isItem()) {
      return Optional.empty();
    }
    String key = path.get(0).key();
    return key.equals("tools") || key.equals("disallowedTools") ? Optional.of(key) : Optional.empty();
  }

  /** {@code hooks → <tool event> → - → matcher}: matchers there are tool names. */
  private static boolean isMatcher(List<Step> path, Vocabulary vocabulary) {
    return path.size() == 4
        && "hooks".equals(path.get(0).key())
        && !path.get(1).isItem()
        && vocabulary.toolEvents.contains(path.get(1).key())
        && path.get(2).isItem()
        && "matcher".equals(path.get(3).key());
  }

  private static String lastKey(List<Step> path) {
    for (int i = path.size() - 1; i >= 0; i--) {
      if (!path.get(i).isItem()) {
        return path.get(i).key();
      }
    }
    return "";
  }

  /** The cursor right after {@code key:}, {@code -} or a comma: the value gets a separating space. */
  private static boolean needsSpace(String text, int start, int offset) {
    return start == offset && offset > 0 && ":-,".indexOf(text.charAt(offset - 1)) >= 0;
  }

  /** {@code Code_Reviewer} → {@code code-reviewer}: the agent-name convention. */
  private static String conventional(String stem) {
    StringBuilder out = new StringBuilder(stem.length());
    for (int i = 0; i < stem.length(); i++) {
      char c = stem.charAt(i);
      if (Character.isLetterOrDigit(c)) {
        out.append(Character.toLowerCase(c));
      } else if (out.length() > 0 && out.charAt(out.length() - 1) != '-') {
        out.append('-');
      }
    }
    while (out.length() > 0 && out.charAt(out.length() - 1) == '-') {
      out.setLength(out.length() - 1);
    }
    return out.toString().toLowerCase(Locale.ROOT);
  }

  /** Plain scalars that YAML would not read as this string. */
  static boolean needsQuotes(String value) {
    if (value.isEmpty()) {
      return true;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.equals("true") || lower.equals("false") || lower.equals("null") || lower.equals("~")) {
      return true;
    }
    if ("-?:,[]{}#&*!|>'\"%@`".indexOf(value.charAt(0)) >= 0 || value.contains(": ") || value.contains(" #")) {
      return true;
    }
    boolean numeric = true;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (!(Character.isDigit(c) || c == '.' || c == '_' || (i == 0 && (c == '+' || c == '-')))) {
        numeric = false;
        break;
      }
    }
    return numeric;
  }

  private static boolean isValueChar(char c) {
    return !YamlLine.isBlank(c) && c != '"' && c != '\'' && c != ',' && c != '#';
  }

  private static boolean isToolChar(char c) {
    return Character.isLetterOrDigit(c) || c == '_' || c == '*' || c == '-';
  }
}
