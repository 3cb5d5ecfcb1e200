package dev.agentmd.core.examples;

import dev.agentmd.core.yaml.ScalarStyle;
import dev.agentmd.core.yaml.YamlQuoting;

/**
 * An agent file whose description is written in a chosen style, the way people write examples:
 * a plain one-liner with literal {@code \n} (Claude Code reads it leniently), single quotes, double
 * quotes with escapes, a literal block, or a folded block with empty lines between lines (so the
 * lines survive folding). Test helper for checking that findings land on the same text everywhere.
 */
public enum StyledAgent {
  LENIENT(ScalarStyle.LENIENT),
  SINGLE_QUOTED(ScalarStyle.SINGLE_QUOTED),
  DOUBLE_QUOTED(ScalarStyle.DOUBLE_QUOTED),
  LITERAL(ScalarStyle.LITERAL),
  FOLDED(ScalarStyle.FOLDED);

  /** A well-formed description: context, both turns, a pseudo-action and commentary, in two blocks. */
  public static final String WELL_FORMED =
      """
      Use this agent to review code. Examples:

      <example>
      Context: The user changed the café 🚀 module
      user: "Can you review my changes?"
      assistant: "I'll use the code-reviewer agent to review them."
      <Task tool invocation with code-reviewer agent>
      <commentary>
      A review request calls for the code-reviewer agent.
      </commentary>
      </example>

      <example>Context: A pull request user: "Check PR 7" assistant: "I'll use the code-reviewer agent."</example>""";

  private final ScalarStyle style;

  StyledAgent(ScalarStyle style) {
    this.style = style;
  }

  public ScalarStyle style() {
    return style;
  }

  /** A whole agent file named {@code code-reviewer} with this {@code description} (lines joined by {@code \n}). */
  public String file(String description) {
    return "---\nname: code-reviewer\ndescription: " + value(description) + "\nmodel: sonnet\n---\nYou review code.\n";
  }

  /** The description written as the value of {@code description:}. */
  public String value(String description) {
    return switch (this) {
      case LENIENT -> description.replace("\n", "\\n");
      case SINGLE_QUOTED -> "'" + description.replace("'", "''").replace("\n", "\\n") + "'";
      case DOUBLE_QUOTED -> YamlQuoting.doubleQuoted(description);
      case LITERAL -> "|-\n  " + description.replace("\n", "\n  ").replace("\n  \n", "\n\n");
      case FOLDED -> ">-\n  " + folded(description);
    };
  }

  /** Between two lines with n line breaks, a folded block needs n empty lines. */
  private static String folded(String description) {
    StringBuilder out = new StringBuilder();
    int breaks = 0;
    for (String line : description.split("\n", -1)) {
      if (line.isEmpty()) {
        breaks++;
        continue;
      }
      if (out.length() > 0) {
        out.append("\n".repeat(breaks + 1)).append("  ");
      }
      out.append(line);
      breaks = 1;
    }
    return out.toString();
  }
}
