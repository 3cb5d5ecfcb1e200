package dev.agentmd.core.rules.tools;

import dev.agentmd.core.rules.RuleContext;
import dev.agentmd.core.rules.tools.ToolLists.Entry;
import dev.agentmd.core.rules.tools.ToolLists.ToolList;
import dev.agentmd.core.text.DidYouMean;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Judges every entry of {@code tools} and {@code disallowedTools} once; each tools rule reports one
 * kind of verdict, so an entry gets at most one finding (a malformed entry is not also unknown).
 */
final class ToolCheck {

  /** What an entry amounts to. */
  enum Kind {
    OK,
    /** Not a well-formed rule: unbalanced parentheses, an MCP name without server or tool. */
    SYNTAX,
    UNKNOWN,
    RETIRED
  }

  /** Why an unknown entry is unknown, for a message that says what to do. */
  enum Reason {
    /** Not a name we know; {@link Verdict#suggestion} may hold the likely intended one. */
    NOT_A_TOOL,
    /** {@code *} alone. */
    STAR,
    /** {@code mcp__*}, which only {@code disallowedTools} accepts. */
    ALL_MCP_IN_TOOLS,
    /** Known names separated by spaces instead of commas. */
    SPACE_SEPARATED
  }

  /**
   * One entry's verdict.
   *
   * @param name the tool name: the entry up to its {@code (}
   * @param detail for {@link Kind#SYNTAX}, what is malformed (a sentence)
   */
  record Verdict(Entry entry, Kind kind, String name, Optional<String> suggestion, Reason reason, String detail) {}

  /** All verdicts of one file, in source order. */
  record Result(List<ToolList> lists, List<Verdict> verdicts, ToolVocabulary vocabulary) {

    /** True when {@code key} has entries and none resolves to a tool. */
    boolean allUnknown(String key) {
      List<Verdict> ofKey = verdicts.stream().filter(v -> v.entry().key().equals(key)).toList();
      return !ofKey.isEmpty() && ofKey.stream().allMatch(v -> v.kind() == Kind.UNKNOWN);
    }
  }

  private static final String MCP = "mcp__";

  /** The detail of an entry whose {@code (} is never closed. */
  static final String UNCLOSED = "Its `(` is never closed.";

  private ToolCheck() {}

  /** The verdicts of the file's tool lists, computed once per file for all tool rules. */
  static Result of(RuleContext context) {
    return context.memo(ToolCheck.class, () -> compute(context));
  }

  private static Result compute(RuleContext context) {
    ToolVocabulary vocabulary = ToolVocabulary.of(context.schema(), context.settings());
    List<ToolList> lists = ToolLists.read(context);
    List<Verdict> verdicts = new ArrayList<>();
    for (ToolList list : lists) {
      for (Entry entry : list.entries()) {
        verdicts.add(judge(entry, vocabulary));
      }
    }
    return new Result(lists, verdicts, vocabulary);
  }

  static Verdict judge(Entry entry, ToolVocabulary vocabulary) {
    String text = entry.text();
    int open = text.indexOf('(');
    String name = open < 0 ? text : text.substring(0, open);
    Optional<String> malformed = parentheses(text, open);
    if (malformed.isPresent()) {
      return new Verdict(entry, Kind.SYNTAX, name, Optional.empty(), Reason.NOT_A_TOOL, malformed.get());
    }
    if (vocabulary.extra().contains(name) || vocabulary.extra().contains(text)) {
      return ok(entry, name);
    }
    if (name.startsWith(MCP)) {
      return mcp(entry, name);
    }
    if (vocabulary.retired().containsKey(name)) {
      return new Verdict(entry, Kind.RETIRED, name, vocabulary.retired().get(name).replacement(), Reason.NOT_A_TOOL, "");
    }
    if (vocabulary.builtIn().contains(name)) {
      return ok(entry, name);
    }
    if (name.equals("*")) {
      return unknown(entry, name, Optional.empty(), Reason.STAR);
    }
    if (open < 0 && spaceSeparatedTools(text, vocabulary)) {
      return unknown(entry, name, Optional.of(String.join(", ", text.trim().split("\\s+"))), Reason.SPACE_SEPARATED);
    }
    return unknown(entry, name, suggest(name, vocabulary), Reason.NOT_A_TOOL);
  }

  /** What is wrong with the parentheses of {@code text}, if anything. */
  private static Optional<String> parentheses(String text, int open) {
    if (open < 0) {
      return text.indexOf(')') >= 0
          ? Optional.of("It has a `)` without a matching `(`.")
          : Optional.empty();
    }
    if (open == 0) {
      return Optional.of("It has no tool name before `(`.");
    }
    int depth = 0;
    for (int i = open; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth == 0) {
          return i == text.length() - 1
              ? Optional.empty()
              : Optional.of("It has text after the closing `)`.");
        }
      }
    }
    return Optional.of(UNCLOSED);
  }

  private static Verdict mcp(Entry entry, String name) {
    String rest = name.substring(MCP.length());
    if (rest.equals("*")) {
      return entry.key().equals("disallowedTools")
          ? ok(entry, name)
          : unknown(entry, name, Optional.empty(), Reason.ALL_MCP_IN_TOOLS);
    }
    if (rest.isEmpty() || rest.startsWith("__")) {
      return new Verdict(entry, Kind.SYNTAX, name, Optional.empty(), Reason.NOT_A_TOOL,
          "An MCP entry needs a server name: `mcp__<server>`, `mcp__<server>__<tool>` or `mcp__<server>__*`.");
    }
    if (rest.endsWith("__")) {
      return new Verdict(entry, Kind.SYNTAX, name, Optional.empty(), Reason.NOT_A_TOOL,
          "The tool name after `__` is missing: write `mcp__<server>__<tool>`, `mcp__<server>__*`,"
              + " or `mcp__<server>` for all of the server's tools.");
    }
    return ok(entry, name);
  }

  /**
   * A suggestion for a misspelt name: the nearest built-in, extra or retired name; for a retired
   * name, what replaces it.
   */
  private static Optional<String> suggest(String name, ToolVocabulary vocabulary) {
    Optional<String> nearest = DidYouMean.nearest(name.strip(), vocabulary.suggestionCandidates());
    if (nearest.isPresent() && vocabulary.retired().containsKey(nearest.get())
        && !vocabulary.builtIn().contains(nearest.get())) {
      return vocabulary.retired().get(nearest.get()).replacement();
    }
    return nearest;
  }

  /** {@code Read Grep Glob}: two or more words, each a known tool. */
  private static boolean spaceSeparatedTools(String text, ToolVocabulary vocabulary) {
    String[] words = text.trim().split("\\s+");
    if (words.length < 2) {
      return false;
    }
    for (String word : words) {
      if (!vocabulary.builtIn().contains(word) && !vocabulary.extra().contains(word) && !word.startsWith(MCP)) {
        return false;
      }
    }
    return true;
  }

  private static Verdict ok(Entry entry, String name) {
    return new Verdict(entry, Kind.OK, name, Optional.empty(), Reason.NOT_A_TOOL, "");
  }

  private static Verdict unknown(Entry entry, String name, Optional<String> suggestion, Reason reason) {
    return new Verdict(entry, Kind.UNKNOWN, name, suggestion, reason, "");
  }
}
