package dev.agentmd.core.features;

import dev.agentmd.core.text.LineMap;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * The keys and list items that contain a frontmatter line, read upward from the text by
 * indentation: {@code hooks → PreToolUse → - → hooks → - → type}. Works on half-written files that
 * no YAML parser accepts, which is what an editor mostly sees.
 */
final class YamlPath {

  /** One step down the tree: a mapping key, or (when {@code key} is null) a list item. */
  record Step(String key) {

    static final Step ITEM = new Step(null);

    static Step key(String key) {
      return new Step(key);
    }

    boolean isItem() {
      return key == null;
    }

    @Override
    public String toString() {
      return key == null ? "-" : key;
    }
  }

  private YamlPath() {}

  /**
   * The steps that lead to a node starting on line {@code line} at column {@code indent}.
   *
   * @param item whether that node is a list item ({@code - …}), which a key at the same column owns
   * @param firstLine the first line of the frontmatter; the scan never goes above it
   * @return empty when the line is not where a key or item can be: inside a block scalar, under a
   *     line that is not a key, or indented under nothing
   */
  static Optional<List<Step>> parents(
      String text, LineMap lines, int line, int firstLine, int indent, boolean item) {
    ArrayDeque<Step> path = new ArrayDeque<>();
    int column = indent;
    boolean inItem = item;
    for (int i = line - 1; column > 0 || inItem; i--) {
      if (i < firstLine) {
        return Optional.empty();
      }
      YamlLine above = YamlLine.of(text, lines.lineStart(i), lines.lineContentEnd(i));
      if (above.isBlank() || above.comment()) {
        continue;
      }
      boolean owner = above.indent() < column || (above.indent() == column && inItem && !above.item());
      if (!owner) {
        continue;
      }
      if (above.hasKey() && startsBlockScalar(text, above)) {
        return Optional.empty();
      }
      if (above.item()) {
        if (above.hasKey() && column > above.contentColumn()) {
          path.addFirst(Step.key(above.key()));
        }
        path.addFirst(Step.ITEM);
        column = above.indent();
        inItem = true;
      } else if (above.hasKey()) {
        path.addFirst(Step.key(above.key()));
        column = above.indent();
        inItem = false;
      } else {
        return Optional.empty();
      }
    }
    return Optional.of(new ArrayList<>(path));
  }

  /** {@code key: |} or {@code key: >-}: the lines below are text, not structure. */
  private static boolean startsBlockScalar(String text, YamlLine line) {
    return line.valueStart() < line.end()
        && (text.charAt(line.valueStart()) == '|' || text.charAt(line.valueStart()) == '>');
  }

  /**
   * The keys at column {@code column} of the mapping that contains line {@code line}, other than
   * the one on that line: what is already present, so completion does not offer it again.
   */
  static void siblingKeys(
      String text, LineMap lines, int line, int firstLine, int lastLine, int column, Collection<String> out) {
    for (int i = line - 1; i >= firstLine; i--) {
      YamlLine above = YamlLine.of(text, lines.lineStart(i), lines.lineContentEnd(i));
      if (above.isBlank() || above.comment() || above.indent() > column) {
        continue;
      }
      if (above.indent() == column) {
        if (!above.item() && above.hasKey()) {
          out.add(above.key());
        }
        continue;
      }
      if (above.item() && above.contentColumn() == column && above.hasKey()) {
        out.add(above.key());
      }
      break;
    }
    for (int i = line + 1; i <= lastLine; i++) {
      YamlLine below = YamlLine.of(text, lines.lineStart(i), lines.lineContentEnd(i));
      if (below.isBlank() || below.comment() || below.indent() > column) {
        continue;
      }
      if (below.indent() < column) {
        break;
      }
      if (!below.item() && below.hasKey()) {
        out.add(below.key());
      }
    }
  }

  /**
   * The items at column {@code column} of the block list that contains line {@code line}, other
   * than the one on that line, as their raw text (quotes removed).
   */
  static void siblingItems(
      String text, LineMap lines, int line, int firstLine, int lastLine, int column, Collection<String> out) {
    for (int step = -1; step <= 1; step += 2) {
      for (int i = line + step; i >= firstLine && i <= lastLine; i += step) {
        YamlLine other = YamlLine.of(text, lines.lineStart(i), lines.lineContentEnd(i));
        if (other.isBlank() || other.comment() || other.indent() > column) {
          continue;
        }
        if (other.indent() < column || !other.item()) {
          break;
        }
        out.add(YamlLine.unquote(trimmed(text, other.content(), other.end())));
      }
    }
  }

  static String trimmed(String text, int start, int end) {
    int e = end;
    while (e > start && YamlLine.isBlank(text.charAt(e - 1))) {
      e--;
    }
    return text.substring(start, e);
  }
}
