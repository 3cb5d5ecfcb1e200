package dev.agentmd.core.examples;

import dev.agentmd.core.examples.ExamplePart.Speaker;
import dev.agentmd.core.examples.ExampleProblem.Kind;
import dev.agentmd.core.examples.ExampleTags.Name;
import dev.agentmd.core.examples.ExampleTags.Tag;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the parts of one example's content: the {@code Context:} line, the turns, pseudo-action
 * lines and commentary (whose text is not read for turns).
 *
 * <p>A speaker label counts where a line starts, and right after a tag ({@code <example>Context:
 * …}). Inline and folded blocks put several turns on one line, so {@code user:}, {@code
 * assistant:} and {@code Context:} also count mid-line after the end of a sentence or a quote
 * ({@code …" assistant: "…}); those only make turns, they are never reported as labels.
 */
final class ExampleContent {

  private static final Set<String> USER_NAMES = Set.of("user", "human");
  private static final Set<String> ASSISTANT_NAMES = Set.of("assistant", "claude", "ai");

  /** Another agent speaking to this one plays the user's part ({@code agent: "I'm stuck…"}); not a label mistake. */
  private static final String OTHER_AGENT = "agent";

  /** Labels that count mid-line after a blank, whatever precedes it (inline blocks run on). */
  private static final List<String> MID_LINE_LABELS = List.of("user", "assistant");

  /** Labels that count mid-line only after the end of a sentence or a quote. */
  private static final List<String> MID_LINE_AFTER_SENTENCE = List.of("User", "Assistant", "Context");
  private static final Pattern USER_TAG = Pattern.compile("<user[a-z_-]*>");
  private static final String SENTENCE_ENDS = "\"'.!?)>”’*`";
  private static final int MAX_LABEL = 12;
  private static final int NOT_YET = Integer.MIN_VALUE;
  private static final int MAX_TITLE = 80;

  private final LogicalText text;
  private final String chars;
  private final int from;
  private final int to;
  private final List<Tag> inner;
  private final List<ExamplePart> parts = new ArrayList<>();
  private final List<ExampleProblem> problems = new ArrayList<>();
  private String contextTitle = "";
  private String userTitle = "";

  ExampleContent(LogicalText text, int from, int to, List<Tag> inner, List<ExamplePart.Commentary> commentaries) {
    this.text = text;
    this.chars = text.text();
    this.from = from;
    this.to = to;
    this.inner = inner;
    parts.addAll(commentaries);
  }

  void read() {
    int i = from;
    int tagIndex = 0;
    boolean inCommentary = false;
    int lineEnd = NOT_YET; // the next line break at or after i; -1 when there is none before `to`
    int fold = NOT_YET; // the next folded space at or after i; -1 when there is none
    while (i < to) {
      Tag tag = tagIndex < inner.size() ? inner.get(tagIndex) : null;
      if (lineEnd != -1 && lineEnd < i) {
        lineEnd = indexOf("\n", i, to);
      }
      if (fold != -1 && fold < i) {
        fold = text.nextFold(i);
      }
      int end = Math.min(Math.min(lineEnd < 0 ? to : lineEnd, fold < 0 ? to : fold), to);
      if (tag != null && tag.from() < end) {
        end = Math.max(i, tag.from());
      }
      if (!inCommentary) {
        readSegment(i, end);
      }
      if (tag != null && end == Math.max(i, tag.from())) {
        if (tag.name() == Name.COMMENTARY) {
          inCommentary = !tag.closing();
        }
        i = Math.max(i, tag.to());
        tagIndex++;
      } else {
        i = end + 1;
      }
    }
    parts.sort(Comparator.comparingInt(part -> part.span().start()));
  }

  List<ExamplePart> parts() {
    return parts;
  }

  List<ExampleProblem> problems() {
    return problems;
  }

  /** A short label for the block: its context, else its first user turn, without quotes. */
  String title() {
    return contextTitle.isEmpty() ? userTitle : contextTitle;
  }

  /** One stretch of a line between tags: a pseudo-action, or text with labels in it. */
  private void readSegment(int start, int end) {
    int p = skipBlanks(start, end);
    if (p >= end) {
      return;
    }
    int labelEnd = -1;
    if (chars.charAt(p) == '<') {
      int close = indexOf(">", p, end);
      int actionEnd = close >= 0 ? close + 1 : trimEnd(p, end);
      if (USER_TAG.matcher(chars).region(p, actionEnd).lookingAt()) {
        userTag(p, actionEnd, end);
        return;
      }
      parts.add(new ExamplePart.Action(text.span(p, actionEnd), p, actionEnd));
      p = actionEnd;
    } else {
      labelEnd = labelAt(p, end, true);
    }
    int labelStart = labelEnd >= 0 ? p : -1;
    int search = labelEnd >= 0 ? labelEnd : p;
    while (true) {
      int next = nextMidLineLabel(search, end);
      if (labelStart >= 0) {
        addPart(labelStart, labelEnd, next < 0 ? end : next);
      }
      if (next < 0) {
        return;
      }
      labelStart = next;
      labelEnd = labelAt(next, end, false);
      if (labelEnd < 0) {
        return;
      }
      search = labelEnd;
    }
  }

  /**
   * The end of the label (after its colon) at {@code p}, or -1. A line-start label of a speaker
   * other than {@code user}/{@code assistant} is recorded as a problem here.
   */
  private int labelAt(int p, int end, boolean lineStart) {
    int j = p;
    while (j < end && j - p <= MAX_LABEL && Character.isLetter(chars.charAt(j))) {
      j++;
    }
    if (j == p || j >= end || chars.charAt(j) != ':' || j + 1 < end && chars.charAt(j + 1) == '/') {
      return -1;
    }
    if (!lineStart && !isOneOf(p, j, MID_LINE_LABELS) && !isOneOf(p, j, MID_LINE_AFTER_SENTENCE)) {
      return -1;
    }
    String word = chars.substring(p, j);
    String lower = word.toLowerCase(Locale.ROOT);
    if (lineStart && word.equals(OTHER_AGENT)) {
      return j + 1;
    }
    boolean speaker = USER_NAMES.contains(lower) || ASSISTANT_NAMES.contains(lower);
    if (!speaker && !lower.equals("context")) {
      return -1;
    }
    if (lineStart && speaker && !word.equals("user") && !word.equals("assistant")) {
      problems.add(new ExampleProblem(Kind.SPEAKER_LABEL, text.span(p, j + 1), chars.substring(p, j + 1), p));
    }
    return j + 1;
  }

  /** The next mid-line {@code user:}/{@code assistant:}/{@code Context:} after a sentence or quote, or -1. */
  private int nextMidLineLabel(int start, int end) {
    for (int colon = indexOf(":", start, end); colon >= 0; colon = indexOf(":", colon + 1, end)) {
      int word = colon;
      while (word > start && colon - word <= MAX_LABEL && Character.isLetter(chars.charAt(word - 1))) {
        word--;
      }
      boolean anywhere = isOneOf(word, colon, MID_LINE_LABELS);
      if (word == colon || word == start || !anywhere && !isOneOf(word, colon, MID_LINE_AFTER_SENTENCE)
          || colon + 1 < end && chars.charAt(colon + 1) == '/') {
        continue;
      }
      int before = word - 1;
      if (!isBlank(chars.charAt(before))) {
        continue;
      }
      while (before > start && isBlank(chars.charAt(before))) {
        before--;
      }
      if (anywhere || isBlank(chars.charAt(before)) || SENTENCE_ENDS.indexOf(chars.charAt(before)) >= 0) {
        return word;
      }
    }
    return -1;
  }

  /** True when {@code chars[from, to)} is one of {@code words}, without copying it. */
  private boolean isOneOf(int from, int to, List<String> words) {
    for (String word : words) {
      if (word.length() == to - from && chars.startsWith(word, from)) {
        return true;
      }
    }
    return false;
  }

  /**
   * A user turn written as a tag, {@code <user_request>Audit our API</user_request>}: a variant
   * some collections use; it counts as the user's turn.
   */
  private void userTag(int tagStart, int tagEnd, int end) {
    String name = chars.substring(tagStart + 1, tagEnd - 1);
    int close = indexOf("</" + name + ">", tagEnd, end);
    int textTo = close >= 0 ? close : trimEnd(tagEnd, end);
    int partEnd = close >= 0 ? close + name.length() + 3 : textTo;
    parts.add(
        new ExamplePart.Turn(
            Speaker.USER, name, text.span(tagStart, partEnd), text.span(tagStart, tagEnd), tagEnd, textTo));
    if (userTitle.isEmpty()) {
      userTitle = shortened(tagEnd, textTo);
    }
  }

  private void addPart(int labelStart, int labelEnd, int end) {
    String word = chars.substring(labelStart, labelEnd - 1).toLowerCase(Locale.ROOT);
    int textFrom = skipBlanks(labelEnd, end);
    int textTo = Math.max(textFrom, trimEnd(textFrom, end));
    int partEnd = Math.max(labelEnd, textTo);
    if (word.equals("context")) {
      parts.add(
          new ExamplePart.Context(
              text.span(labelStart, partEnd), text.span(labelStart, labelEnd), textFrom, textTo));
      if (contextTitle.isEmpty()) {
        contextTitle = shortened(textFrom, textTo);
      }
      return;
    }
    Speaker speaker = USER_NAMES.contains(word) || word.equals(OTHER_AGENT) ? Speaker.USER : Speaker.ASSISTANT;
    parts.add(
        new ExamplePart.Turn(
            speaker,
            chars.substring(labelStart, labelEnd - 1),
            text.span(labelStart, partEnd),
            text.span(labelStart, labelEnd),
            textFrom,
            textTo));
    if (speaker == Speaker.USER && userTitle.isEmpty()) {
      userTitle = shortened(textFrom, textTo);
    }
  }

  private String shortened(int textFrom, int textTo) {
    String said = chars.substring(textFrom, textTo).strip();
    if (said.length() >= 2 && said.charAt(0) == '"' && said.charAt(said.length() - 1) == '"') {
      said = said.substring(1, said.length() - 1);
    }
    return said.length() > MAX_TITLE ? said.substring(0, MAX_TITLE - 1).strip() + "…" : said;
  }

  /** The first {@code needle} in {@code [start, end)}, or -1; never looks past {@code end}. */
  private int indexOf(String needle, int start, int end) {
    char first = needle.charAt(0);
    for (int i = start; i + needle.length() <= end; i++) {
      if (chars.charAt(i) == first && chars.startsWith(needle, i)) {
        return i;
      }
    }
    return -1;
  }

  private int skipBlanks(int start, int end) {
    int p = start;
    while (p < end && isBlank(chars.charAt(p))) {
      p++;
    }
    return p;
  }

  private int trimEnd(int start, int end) {
    int e = end;
    while (e > start && Character.isWhitespace(chars.charAt(e - 1))) {
      e--;
    }
    return e;
  }

  private static boolean isBlank(char c) {
    return c == ' ' || c == '\t' || c == '\r';
  }
}
