package dev.agentmd.core.finding;

import dev.agentmd.core.text.Span;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The one choice of "fix everything safely": per finding, its first safe fix that only replaces
 * text and overlaps no fix already taken; findings come sorted by position, so the earlier one
 * wins. A fix that renames the file is never taken. The editor's fix-all and {@code check --fix}
 * both use it, so they make the same edits.
 */
public final class SafeFixes {

  /** How many fixes were taken, and their edits, which never overlap. */
  public record Chosen(int fixes, List<Edit.Replace> edits) {}

  private SafeFixes() {}

  public static Chosen choose(List<Finding> findings) {
    List<Edit.Replace> taken = new ArrayList<>();
    int fixes = 0;
    for (Finding finding : findings) {
      for (Fix fix : finding.fixes()) {
        List<Edit.Replace> edits = replacements(fix);
        if (!fix.safe() || edits.isEmpty() || edits.size() != fix.edits().size()) {
          continue;
        }
        if (edits.stream().noneMatch(edit -> taken.stream().anyMatch(other -> overlap(edit.span(), other.span())))) {
          taken.addAll(edits);
          fixes++;
          break;
        }
      }
    }
    return new Chosen(fixes, taken);
  }

  /** Applies non-overlapping edits to {@code text}, from the end so offsets stay valid. */
  public static String apply(String text, List<Edit.Replace> edits) {
    List<Edit.Replace> sorted = new ArrayList<>(edits);
    sorted.sort(Comparator.comparingInt((Edit.Replace edit) -> edit.span().start()).reversed());
    StringBuilder out = new StringBuilder(text);
    for (Edit.Replace edit : sorted) {
      out.replace(edit.span().start(), edit.span().end(), edit.newText());
    }
    return out.toString();
  }

  private static List<Edit.Replace> replacements(Fix fix) {
    List<Edit.Replace> out = new ArrayList<>();
    for (Edit edit : fix.edits()) {
      if (edit instanceof Edit.Replace replace) {
        out.add(replace);
      }
    }
    return out;
  }

  /** Two edits conflict when they overlap or both start at one place (their order would be open). */
  private static boolean overlap(Span a, Span b) {
    return a.start() == b.start() || (a.start() < b.end() && b.start() < a.end());
  }
}
