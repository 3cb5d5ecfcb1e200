package dev.agentmd.core.suppression;

import dev.agentmd.core.text.Span;
import java.util.List;

/**
 * One suppression comment in an agent file, such as {@code # agentmd-disable-next-line
 * tools/unknown} in the frontmatter or {@code <!-- agentmd-disable-next-line body/empty -->} in the
 * body.
 *
 * @param scope what it covers
 * @param line the zero-based line whose findings it hides ({@link Scope#NEXT_LINE}, {@link
 *     Scope#LINE}); {@code -1} for {@link Scope#FILE}
 * @param rules the rule ids it names, in order; empty when it names none (which is reported)
 * @param comment the whole comment, from {@code #} or {@code <!--} to its end
 * @param removal what to delete to remove the comment cleanly: its whole line when it stands
 *     alone, else the comment and the blanks before it
 */
public record Suppression(Scope scope, int line, List<RuleRef> rules, Span comment, Span removal) {

  public Suppression {
    rules = List.copyOf(rules);
  }

  /** What a suppression covers. */
  public enum Scope {
    /** {@code agentmd-disable-next-line}: findings that start on the next line. */
    NEXT_LINE("on the next line"),
    /** {@code agentmd-disable-line}: findings that start on the comment's own line. */
    LINE("on this line"),
    /** {@code agentmd-disable}: findings anywhere in the file. */
    FILE("in this file");

    private final String where;

    Scope(String where) {
      this.where = where;
    }

    /** For messages: "on the next line", "on this line", "in this file". */
    public String where() {
      return where;
    }
  }

  /**
   * One rule id in a suppression.
   *
   * @param id the rule id as written
   * @param span where it is written
   * @param removal what to delete to drop just this id from a comment that names several
   */
  public record RuleRef(String id, Span span, Span removal) {}

  /** True when this suppression hides {@code ruleId} at a finding that starts on {@code findingLine}. */
  public boolean covers(String ruleId, int findingLine) {
    if (scope != Scope.FILE && line != findingLine) {
      return false;
    }
    return rules.stream().anyMatch(rule -> rule.id().equals(ruleId));
  }
}
