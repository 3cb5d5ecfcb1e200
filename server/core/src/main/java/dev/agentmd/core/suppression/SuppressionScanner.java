package dev.agentmd.core.suppression;

import dev.agentmd.core.suppression.Suppression.RuleRef;
import dev.agentmd.core.suppression.Suppression.Scope;
import dev.agentmd.core.syntax.Frontmatter;
import dev.agentmd.core.syntax.ParsedFile;
import dev.agentmd.core.text.LineMap;
import dev.agentmd.core.text.Span;
import dev.agentmd.core.yaml.YamlEntry;
import dev.agentmd.core.yaml.YamlMapping;
import dev.agentmd.core.yaml.YamlNode;
import dev.agentmd.core.yaml.YamlScalar;
import dev.agentmd.core.yaml.YamlSequence;
import dev.agentmd.core.yaml.YamlUnreadable;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the suppression comments of a parsed agent file:
 *
 * <ul>
 *   <li>in the frontmatter, a YAML comment that starts with {@code agentmd-disable-next-line},
 *       {@code agentmd-disable-line} or {@code agentmd-disable}, followed by rule ids. Only real
 *       comments count: a {@code #} inside a value (a block scalar, a quoted string, a value
 *       Claude Code reads leniently) is text, which the YAML tree's spans tell;
 *   <li>in the body, the same words in an HTML comment, {@code <!-- agentmd-disable-next-line id
 *       -->}, on one line.
 * </ul>
 *
 * <p>Rule ids are separated by blanks or commas; {@code --} ends them, so a reason can follow
 * ({@code # agentmd-disable-line tools/unknown -- provided by our MCP server}).
 */
public final class SuppressionScanner {

  /** Every directive starts with this; a file without it is not scanned further. */
  static final String MARKER = "agentmd-disable";

  private SuppressionScanner() {}

  public static List<Suppression> scan(ParsedFile file) {
    String text = file.text();
    int first = text.indexOf(MARKER);
    if (first < 0) {
      return List.of();
    }
    List<Suppression> found = new ArrayList<>();
    Optional<Span> yaml = file.frontmatter().map(Frontmatter::content);
    List<Span> values = yaml.isPresent() ? valueSpans(file) : List.of();
    for (int at = first; at >= 0; at = text.indexOf(MARKER, at + MARKER.length())) {
      if (yaml.isPresent() && yaml.get().containsOrTouches(at)) {
        yamlComment(file, at, values).ifPresent(found::add);
      } else if (at >= file.body().start()) {
        htmlComment(file, at).ifPresent(found::add);
      }
    }
    return found;
  }

  /** A frontmatter directive whose marker is at {@code at}, if it opens a real YAML comment. */
  private static Optional<Suppression> yamlComment(ParsedFile file, int at, List<Span> values) {
    String text = file.text();
    LineMap lines = file.lines();
    int line = lines.lineOf(at);
    int lineStart = lines.lineStart(line);
    int hash = skipBlanksBack(text, at, lineStart) - 1;
    if (hash < lineStart || text.charAt(hash) != '#') {
      return Optional.empty();
    }
    boolean commentStart = hash == lineStart || text.charAt(hash - 1) == ' ' || text.charAt(hash - 1) == '\t';
    if (!commentStart || insideValue(values, hash, file.root().isEmpty(), text, lineStart)) {
      return Optional.empty();
    }
    int end = lines.lineContentEnd(line);
    return directive(file, hash, at, end, end, line);
  }

  /** A body directive whose marker is at {@code at}, if it is inside {@code <!-- … -->} on one line. */
  private static Optional<Suppression> htmlComment(ParsedFile file, int at) {
    String text = file.text();
    LineMap lines = file.lines();
    int line = lines.lineOf(at);
    int lineStart = lines.lineStart(line);
    int open = skipBlanksBack(text, at, lineStart) - 4;
    if (open < lineStart || !text.startsWith("<!--", open)) {
      return Optional.empty();
    }
    int lineEnd = lines.lineContentEnd(line);
    int close = text.indexOf("-->", at);
    if (close < 0 || close + 3 > lineEnd) {
      return Optional.empty();
    }
    return directive(file, open, at, close, close + 3, line);
  }

  /**
   * Reads the directive at {@code marker} up to {@code idsEnd}; the comment spans {@code [start,
   * end)} on {@code line}.
   */
  private static Optional<Suppression> directive(ParsedFile file, int start, int marker, int idsEnd, int end, int line) {
    String text = file.text();
    int i = marker + MARKER.length();
    Scope scope;
    if (text.startsWith("-next-line", i)) {
      scope = Scope.NEXT_LINE;
      i += "-next-line".length();
    } else if (text.startsWith("-line", i)) {
      scope = Scope.LINE;
      i += "-line".length();
    } else {
      scope = Scope.FILE;
    }
    if (i < idsEnd && !isSeparator(text.charAt(i))) {
      return Optional.empty(); // agentmd-disabled, agentmd-disable-lines: not ours
    }
    List<Span> ids = new ArrayList<>();
    while (i < idsEnd) {
      while (i < idsEnd && isSeparator(text.charAt(i))) {
        i++;
      }
      int from = i;
      while (i < idsEnd && !isSeparator(text.charAt(i))) {
        i++;
      }
      if (from == i || text.startsWith("--", from)) {
        break;
      }
      ids.add(Span.of(from, i));
    }
    List<RuleRef> rules = new ArrayList<>();
    for (int k = 0; k < ids.size(); k++) {
      Span id = ids.get(k);
      Span removal = k > 0 ? Span.of(ids.get(k - 1).end(), id.end()) : ids.size() > 1 ? Span.of(id.start(), ids.get(1).start()) : id;
      rules.add(new RuleRef(id.textOf(text), id, removal));
    }
    int target = switch (scope) {
      case NEXT_LINE -> line + 1;
      case LINE -> line;
      case FILE -> -1;
    };
    return Optional.of(new Suppression(scope, target, rules, Span.of(start, end), removal(file, start, end, line)));
  }

  /** The whole line when the comment stands alone on it, else the comment and the blanks before it. */
  private static Span removal(ParsedFile file, int start, int end, int line) {
    String text = file.text();
    LineMap lines = file.lines();
    int lineStart = lines.lineStart(line);
    int before = skipBlanksBack(text, start, lineStart);
    int lineEnd = lines.lineContentEnd(line);
    int after = end;
    while (after < lineEnd && (text.charAt(after) == ' ' || text.charAt(after) == '\t')) {
      after++;
    }
    if (before == lineStart && after == lineEnd) {
      int next = line + 1 < lines.lineCount() ? lines.lineStart(line + 1) : text.length();
      return Span.of(lineStart, next);
    }
    return Span.of(before, end);
  }

  /** Spans of every scalar and unreadable value of the frontmatter tree, sorted by start. */
  private static List<Span> valueSpans(ParsedFile file) {
    if (file.root().isEmpty()) {
      return List.of();
    }
    List<Span> spans = new ArrayList<>();
    Deque<YamlNode> pending = new ArrayDeque<>();
    Set<YamlNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    pending.push(file.root().get());
    while (!pending.isEmpty()) {
      YamlNode node = pending.pop();
      if (!seen.add(node)) {
        continue; // an alias: its node is already in
      }
      if (node instanceof YamlMapping mapping) {
        for (YamlEntry entry : mapping.entries()) {
          pending.push(entry.key());
          pending.push(entry.value());
        }
      } else if (node instanceof YamlSequence sequence) {
        sequence.items().forEach(pending::push);
      } else if (node instanceof YamlScalar || node instanceof YamlUnreadable) {
        spans.add(node.span());
      }
    }
    spans.sort(null);
    return spans;
  }

  /**
   * True when the {@code #} at {@code hash} is text inside a value. Without a tree (frontmatter
   * that could not be read as a mapping) only a {@code #} that starts its line counts as a comment.
   */
  private static boolean insideValue(List<Span> values, int hash, boolean noTree, String text, int lineStart) {
    if (noTree) {
      return skipBlanksBack(text, hash, lineStart) != lineStart;
    }
    int low = 0;
    int high = values.size() - 1;
    // The last span that starts at or before the #; spans of one tree do not overlap.
    int candidate = -1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      if (values.get(mid).start() <= hash) {
        candidate = mid;
        low = mid + 1;
      } else {
        high = mid - 1;
      }
    }
    return candidate >= 0 && values.get(candidate).contains(hash);
  }

  private static int skipBlanksBack(String text, int from, int limit) {
    int i = from;
    while (i > limit && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
      i--;
    }
    return i;
  }

  private static boolean isSeparator(char c) {
    return c == ' ' || c == '\t' || c == ',';
  }
}
