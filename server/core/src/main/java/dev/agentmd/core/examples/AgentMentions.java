package dev.agentmd.core.examples;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds where an example's assistant hands the work to a named agent: "I'll use the code-reviewer
 * agent", "launch the code-reviewer agent", {@code <Task tool invocation with code-reviewer
 * agent>}, {@code subagent_type: "code-reviewer"}.
 *
 * <p>Deliberately narrow: the name must be kebab-case with at least one hyphen (so "the
 * appropriate agent" and "the specialized agent" are not names), optionally after a plugin
 * namespace ({@code plugin:name}), and must stand in one of these phrases. The search starts from
 * each word "agent" and looks back, so text without one costs a single scan.
 */
public final class AgentMentions {

  /** A delegation to {@code name} at logical {@code [from, to)} (the name only, without namespace). */
  public record Mention(String name, int from, int to) {}

  private static final Pattern NAME = Pattern.compile("(?:[a-z0-9]+(?:-[a-z0-9]+)*:)?([a-z0-9]+(?:-[a-z0-9]+)+)");

  /** Verbs that hand work to a named agent: "use the X agent", "launch X agent". */
  private static final Set<String> VERBS =
      Set.of("use", "uses", "using", "launch", "launches", "launching", "invoke", "invokes", "invoking",
          "call", "calls", "calling", "run", "runs", "running", "engage", "engages", "engaging", "deploy",
          "deploying", "start", "starting", "activate", "activating", "trigger", "triggering", "employ",
          "employing", "leverage", "leveraging", "dispatch", "dispatching", "consult", "consulting");

  /** The last word of a two-word verb, and the words that may come before it. */
  private static final Map<String, Set<String>> PARTICLES =
      Map.of(
          "to", Set.of("delegate", "delegating", "off"),
          "in", Set.of("bring", "bringing"),
          "up", Set.of("spin", "spinning"));

  private static final Set<String> ARTICLES = Set.of("the", "a", "an", "our", "my", "your");

  private static final Pattern SUBAGENT_TYPE =
      Pattern.compile("\\bsubagent_type\\s*[:=]\\s*[\"']?" + NAME.pattern() + "\\b");

  /** How far before a name its lead-in may start. */
  private static final int LEAD_IN_WINDOW = 90;

  private AgentMentions() {}

  /** The delegations in logical {@code [from, to)} of {@code text}, in order. */
  public static List<Mention> in(String text, int from, int to) {
    List<Mention> mentions = new ArrayList<>();
    for (int at = indexOfAgent(text, from, to); at >= 0; at = indexOfAgent(text, at + 5, to)) {
      Mention mention = before(text, from, at);
      if (mention != null) {
        mentions.add(mention);
      }
    }
    int typed = text.indexOf("subagent_type", from);
    if (typed >= 0 && typed < to) {
      Matcher matcher = SUBAGENT_TYPE.matcher(text).region(from, to);
      while (matcher.find()) {
        mentions.add(new Mention(matcher.group(1), matcher.start(1), matcher.end(1)));
      }
      mentions.sort((a, b) -> Integer.compare(a.from(), b.from()));
    }
    return mentions;
  }

  /** The next word "agent" (or "subagent", "sub-agent") at or after {@code from}, by its "agent". */
  private static int indexOfAgent(String text, int from, int to) {
    for (int i = from; i + 5 <= to; i++) {
      char c = text.charAt(i);
      if ((c == 'a' || c == 'A')
          && text.regionMatches(true, i + 1, "gent", 0, 4)
          && (i + 5 == text.length() || !Character.isLetterOrDigit(text.charAt(i + 5)))) {
        return i;
      }
    }
    return -1;
  }

  /** The name in "… use the NAME agent" ending before the word "agent" at {@code agent}, or null. */
  private static Mention before(String text, int from, int agent) {
    int start = agent;
    if (start - 3 >= from && text.regionMatches(true, start - 3, "sub", 0, 3)) {
      start -= 3;
    } else if (start - 4 >= from && text.regionMatches(true, start - 4, "sub-", 0, 4)) {
      start -= 4;
    }
    int end = start;
    if (end - 1 < from || !Character.isWhitespace(text.charAt(end - 1))) {
      return null;
    }
    while (end > from && Character.isWhitespace(text.charAt(end - 1))) {
      end--;
    }
    while (end > from && isQuote(text.charAt(end - 1))) {
      end--;
    }
    int nameStart = end;
    while (nameStart > from && isNameChar(text.charAt(nameStart - 1))) {
      nameStart--;
    }
    Matcher name = NAME.matcher(text).region(nameStart, end);
    if (nameStart == end || !name.matches()) {
      return null;
    }
    return ledIn(text, from, nameStart) ? new Mention(name.group(1), name.start(1), name.end(1)) : null;
  }

  /**
   * True when a delegating verb phrase ends right before {@code nameStart} ("I'll use the",
   * "delegate to", "hand it off to"), or the Task tool is named earlier in the same sentence.
   */
  private static boolean ledIn(String text, int from, int nameStart) {
    int p = nameStart;
    while (p > from && isQuote(text.charAt(p - 1))) {
      p--;
    }
    Word word = wordBefore(text, from, p);
    if (word != null && ARTICLES.contains(word.text())) {
      word = wordBefore(text, from, word.start());
    }
    if (word != null && VERBS.contains(word.text())) {
      return true;
    }
    if (word != null && PARTICLES.containsKey(word.text())) {
      Word before = wordBefore(text, from, word.start());
      if (before != null && (before.text().equals("it") || before.text().equals("this"))) {
        before = wordBefore(text, from, before.start());
      }
      if (before != null && PARTICLES.get(word.text()).contains(before.text())) {
        return true;
      }
    }
    for (int i = nameStart - 1; i >= Math.max(from, nameStart - LEAD_IN_WINDOW); i--) {
      char c = text.charAt(i);
      if (c == '.' || c == '\n' || c == '<' || c == '>') {
        return false;
      }
      if (c == 'T' && text.startsWith("Task tool", i)) {
        return true;
      }
    }
    return false;
  }

  /** A lowercased word and where it starts. */
  private record Word(String text, int start) {}

  /** The word that ends, after blanks, right before {@code end}; null if there is none. */
  private static Word wordBefore(String text, int from, int end) {
    int p = end;
    if (p <= from || !Character.isWhitespace(text.charAt(p - 1))) {
      return null;
    }
    while (p > from && Character.isWhitespace(text.charAt(p - 1))) {
      p--;
    }
    int start = p;
    while (start > from && p - start < 16 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    if (start == p || start > from && Character.isLetterOrDigit(text.charAt(start - 1))) {
      return null;
    }
    return new Word(text.substring(start, p).toLowerCase(Locale.ROOT), start);
  }

  private static boolean isQuote(char c) {
    return c == '`' || c == '\'' || c == '"' || c == '*';
  }

  private static boolean isNameChar(char c) {
    return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == ':' || c >= 'A' && c <= 'Z';
  }
}
