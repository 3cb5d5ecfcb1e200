package dev.agentmd.app.fix;

import java.util.ArrayList;
import java.util.List;

/**
 * A unified diff of two texts, as {@code diff -u} and {@code git diff} print it: {@code --- a/path}
 * and {@code +++ b/path} headers, then hunks with three lines of context. Lines keep their own line
 * breaks (so a CRLF file's diff carries its CRs, and {@code git apply} or {@code patch} gives back
 * the exact bytes); a last line without a line break is marked {@code \ No newline at end of file}.
 *
 * <p>Fixes change a few lines, so the common start and end are skipped first and only the middle
 * is compared line by line (a longest common subsequence); a middle too large for that is shown as
 * replaced whole.
 */
final class UnifiedDiff {

  private static final int CONTEXT = 3;
  private static final long MAX_TABLE = 4_000_000;

  private enum Op {
    SAME,
    DELETE,
    INSERT
  }

  private record Step(Op op, String line) {}

  private UnifiedDiff() {}

  /** The diff, or the empty string when the texts are equal. */
  static String of(String oldName, String newName, String before, String after) {
    if (before.equals(after)) {
      return "";
    }
    List<String> a = lines(before);
    List<String> b = lines(after);
    List<Step> steps = steps(a, b);
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(oldName).append('\n');
    out.append("+++ ").append(newName).append('\n');
    int i = 0;
    while (i < steps.size()) {
      int change = nextChange(steps, i);
      if (change < 0) {
        break;
      }
      int start = Math.max(i, change - CONTEXT);
      // Extend the hunk while the next change is within two contexts of the last one.
      int end = change;
      int next = change;
      while (next >= 0) {
        end = lastOfChangeRun(steps, next);
        next = nextChange(steps, end + 1);
        if (next >= 0 && next - end - 1 > 2 * CONTEXT) {
          break;
        }
      }
      int stop = Math.min(steps.size(), end + 1 + CONTEXT);
      appendHunk(out, steps, start, stop);
      i = stop;
    }
    return out.toString();
  }

  private static void appendHunk(StringBuilder out, List<Step> steps, int from, int to) {
    int oldStart = 1;
    int newStart = 1;
    for (int k = 0; k < from; k++) {
      if (steps.get(k).op() != Op.INSERT) {
        oldStart++;
      }
      if (steps.get(k).op() != Op.DELETE) {
        newStart++;
      }
    }
    int oldCount = 0;
    int newCount = 0;
    for (int k = from; k < to; k++) {
      oldCount += steps.get(k).op() != Op.INSERT ? 1 : 0;
      newCount += steps.get(k).op() != Op.DELETE ? 1 : 0;
    }
    out.append("@@ -").append(range(oldStart, oldCount)).append(" +").append(range(newStart, newCount)).append(" @@\n");
    for (int k = from; k < to; k++) {
      Step step = steps.get(k);
      out.append(switch (step.op()) {
        case SAME -> ' ';
        case DELETE -> '-';
        case INSERT -> '+';
      });
      out.append(step.line());
      if (!step.line().endsWith("\n") && !step.line().endsWith("\r")) {
        out.append("\n\\ No newline at end of file\n");
      } else if (step.line().endsWith("\r")) {
        out.append('\n'); // a lone CR ends the line in the file; the diff still needs its LF
      }
    }
  }

  /** {@code start,count}, as GNU diff writes it: no count for one line, the line before for none. */
  private static String range(int start, int count) {
    if (count == 1) {
      return String.valueOf(start);
    }
    return (count == 0 ? start - 1 : start) + "," + count;
  }

  private static int nextChange(List<Step> steps, int from) {
    for (int k = from; k < steps.size(); k++) {
      if (steps.get(k).op() != Op.SAME) {
        return k;
      }
    }
    return -1;
  }

  private static int lastOfChangeRun(List<Step> steps, int from) {
    int k = from;
    while (k + 1 < steps.size() && steps.get(k + 1).op() != Op.SAME) {
      k++;
    }
    return k;
  }

  private static List<Step> steps(List<String> a, List<String> b) {
    int prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a.get(prefix).equals(b.get(prefix))) {
      prefix++;
    }
    int suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a.get(a.size() - 1 - suffix).equals(b.get(b.size() - 1 - suffix))) {
      suffix++;
    }
    List<Step> steps = new ArrayList<>();
    for (int k = 0; k < prefix; k++) {
      steps.add(new Step(Op.SAME, a.get(k)));
    }
    steps.addAll(middle(a.subList(prefix, a.size() - suffix), b.subList(prefix, b.size() - suffix)));
    for (int k = a.size() - suffix; k < a.size(); k++) {
      steps.add(new Step(Op.SAME, a.get(k)));
    }
    return steps;
  }

  /** The middle by longest common subsequence; deletions before insertions within a change. */
  private static List<Step> middle(List<String> a, List<String> b) {
    List<Step> steps = new ArrayList<>();
    if ((long) (a.size() + 1) * (b.size() + 1) > MAX_TABLE) {
      a.forEach(line -> steps.add(new Step(Op.DELETE, line)));
      b.forEach(line -> steps.add(new Step(Op.INSERT, line)));
      return steps;
    }
    int[][] common = new int[a.size() + 1][b.size() + 1];
    for (int i = a.size() - 1; i >= 0; i--) {
      for (int j = b.size() - 1; j >= 0; j--) {
        common[i][j] = a.get(i).equals(b.get(j)) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
      }
    }
    int i = 0;
    int j = 0;
    List<Step> inserts = new ArrayList<>();
    while (i < a.size() || j < b.size()) {
      if (i < a.size() && j < b.size() && a.get(i).equals(b.get(j))) {
        steps.addAll(inserts);
        inserts.clear();
        steps.add(new Step(Op.SAME, a.get(i)));
        i++;
        j++;
      } else if (j >= b.size() || i < a.size() && common[i + 1][j] >= common[i][j + 1]) {
        steps.add(new Step(Op.DELETE, a.get(i++)));
      } else {
        inserts.add(new Step(Op.INSERT, b.get(j++)));
      }
    }
    steps.addAll(inserts);
    return steps;
  }

  /** The lines of {@code text}, each with its line break ({@code \n}, {@code \r\n} or {@code \r}). */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    int start = 0;
    for (int k = 0; k < text.length(); k++) {
      char c = text.charAt(k);
      if (c == '\n' || c == '\r' && (k + 1 >= text.length() || text.charAt(k + 1) != '\n')) {
        lines.add(text.substring(start, k + 1));
        start = k + 1;
      }
    }
    if (start < text.length()) {
      lines.add(text.substring(start));
    }
    return lines;
  }
}
