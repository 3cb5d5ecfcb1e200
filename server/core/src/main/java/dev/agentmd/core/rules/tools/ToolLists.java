package dev.agentmd.core.rules.tools;

import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.rules.RuleContext;
import dev.agentmd.core.text.Span;
import dev.agentmd.core.yaml.ScalarOffsets;
import dev.agentmd.core.yaml.YamlNode;
import dev.agentmd.core.yaml.YamlScalar;
import dev.agentmd.core.yaml.YamlSequence;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Splits {@code tools} and {@code disallowedTools} into entries the way Claude Code does, keeping
 * each entry's exact place in the source.
 *
 * <p>A string is split at commas outside parentheses ({@code Agent(worker, researcher), Read} is
 * two entries) and each entry is trimmed. A YAML list gives one entry per string item; YAML has
 * already split a flow list at every comma, parentheses or not. Values of other types are left to
 * the schema rules.
 */
final class ToolLists {

  /** The keys that hold tool lists, in the order they are checked. */
  static final List<String> KEYS = List.of("tools", "disallowedTools");

  /**
   * One entry as written: its text and where it is, as a range {@code [start, end)} of its scalar's
   * decoded value.
   *
   * @param source how the entry was written
   */
  record Entry(String key, String text, YamlScalar scalar, ScalarOffsets offsets, int start, int end, Source source) {

    /** Where the entry is in the source. */
    Span span() {
      return offsets.span(start, end);
    }

    /** Where the part {@code [from, to)} of the entry's text is, or empty when that is not exact. */
    Optional<Span> part(int from, int to) {
      return offsets.exact() ? Optional.of(offsets.span(start + from, start + to)) : Optional.empty();
    }
  }

  /** How an entry was written. */
  enum Source {
    /** A piece of a comma-separated string. */
    STRING,
    /** An item of a flow list {@code [a, b]}. */
    FLOW_ITEM,
    /** An item of a block list {@code - a}. */
    BLOCK_ITEM
  }

  /** A problem with the separators rather than with one entry. */
  record SeparatorProblem(String key, Span span, String message, List<Fix> fixes) {}

  /** One tool-list key: its entries in order and its separator problems. */
  record ToolList(String key, List<Entry> entries, List<SeparatorProblem> problems) {}

  private ToolLists() {}

  /** The tool lists present in the frontmatter, {@code tools} first. */
  static List<ToolList> read(RuleContext context) {
    List<ToolList> lists = new ArrayList<>();
    for (String key : KEYS) {
      context.value(key).ifPresent(node -> lists.add(read(context.text(), key, node)));
    }
    return lists;
  }

  private static ToolList read(String text, String key, YamlNode node) {
    List<Entry> entries = new ArrayList<>();
    List<SeparatorProblem> problems = new ArrayList<>();
    if (node instanceof YamlScalar scalar && scalar.isString()) {
      splitString(text, key, scalar, entries, problems);
    } else if (node instanceof YamlSequence sequence) {
      for (YamlNode item : sequence.items()) {
        if (item instanceof YamlScalar scalar && scalar.isString()) {
          readItem(text, key, scalar, sequence.flow() ? Source.FLOW_ITEM : Source.BLOCK_ITEM, entries, problems);
        }
      }
    }
    return new ToolList(key, entries, problems);
  }

  private static void splitString(
      String text, String key, YamlScalar scalar, List<Entry> entries, List<SeparatorProblem> problems) {
    String value = scalar.value();
    if (value.isBlank()) {
      return;
    }
    ScalarOffsets offsets = ScalarOffsets.of(text, scalar);
    List<Integer> commas = commasOutsideParentheses(value);
    int pieceStart = 0;
    int reportedComma = -1;
    for (int i = 0; i <= commas.size(); i++) {
      boolean last = i == commas.size();
      int pieceEnd = last ? value.length() : commas.get(i);
      int start = skipBlanks(value, pieceStart, pieceEnd);
      int end = trimBlanks(value, start, pieceEnd);
      if (start < end) {
        entries.add(new Entry(key, value.substring(start, end), scalar, offsets, start, end, Source.STRING));
      } else {
        // The comma that makes this piece; `,` alone would otherwise be reported twice.
        int comma = last ? pieceStart - 1 : pieceEnd;
        if (comma != reportedComma) {
          problems.add(emptyPiece(key, value, offsets, pieceStart, pieceEnd, last));
          reportedComma = comma;
        }
      }
      pieceStart = pieceEnd + 1;
    }
  }

  /**
   * An empty piece: two commas in a row, or a comma at either end. The finding sits on the comma
   * that makes the piece; the fix deletes that comma with the blanks it leaves behind.
   */
  private static SeparatorProblem emptyPiece(
      String key, String value, ScalarOffsets offsets, int pieceStart, int pieceEnd, boolean last) {
    Span comma;
    int deleteFrom;
    int deleteTo;
    String message;
    if (last) {
      comma = offsets.span(pieceStart - 1, pieceStart);
      deleteFrom = trimBlanks(value, 0, pieceStart - 1);
      deleteTo = value.length();
      message = "Trailing comma in `" + key + "`: it leaves an empty entry. Remove it.";
    } else if (pieceStart == 0) {
      comma = offsets.span(pieceEnd, pieceEnd + 1);
      deleteFrom = 0;
      deleteTo = skipBlanks(value, pieceEnd + 1, value.length());
      message = "Leading comma in `" + key + "`: it makes an empty entry. Remove it.";
    } else {
      comma = offsets.span(pieceEnd, pieceEnd + 1);
      deleteFrom = pieceStart;
      deleteTo = pieceEnd + 1;
      message = "Two commas in a row in `" + key + "` make an empty entry. Remove one.";
    }
    List<Fix> fixes =
        offsets.exact()
            ? List.of(Fix.replace("Remove the extra comma", offsets.span(deleteFrom, deleteTo), "", true))
            : List.of();
    return new SeparatorProblem(key, comma, message, fixes);
  }

  private static void readItem(
      String text,
      String key,
      YamlScalar scalar,
      Source source,
      List<Entry> entries,
      List<SeparatorProblem> problems) {
    String value = scalar.value();
    int start = skipBlanks(value, 0, value.length());
    int end = trimBlanks(value, start, value.length());
    if (start == end) {
      return; // An empty item is the schema's to report.
    }
    ScalarOffsets offsets = ScalarOffsets.of(text, scalar);
    if (!commasOutsideParentheses(value).isEmpty()) {
      problems.add(
          new SeparatorProblem(
              key,
              offsets.span(start, end),
              "This list item holds several comma-separated entries; Claude Code reads each item of a"
                  + " YAML list as one tool. Write one tool per item, or make `" + key
                  + "` a single comma-separated string.",
              List.of()));
      return;
    }
    entries.add(new Entry(key, value.substring(start, end), scalar, offsets, start, end, source));
  }

  /** Offsets of the commas at parenthesis depth 0; a stray {@code )} does not go below 0. */
  static List<Integer> commasOutsideParentheses(String value) {
    List<Integer> commas = new ArrayList<>();
    int depth = 0;
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth = Math.max(0, depth - 1);
      } else if (c == ',' && depth == 0) {
        commas.add(i);
      }
    }
    return commas;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
  }

  private static int skipBlanks(String value, int from, int to) {
    int i = from;
    while (i < to && isBlank(value.charAt(i))) {
      i++;
    }
    return i;
  }

  private static int trimBlanks(String value, int from, int to) {
    int i = to;
    while (i > from && isBlank(value.charAt(i - 1))) {
      i--;
    }
    return i;
  }
}
