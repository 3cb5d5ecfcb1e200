package dev.agentmd.core.examples;

import dev.agentmd.core.yaml.ScalarStyle;
import java.util.List;

/**
 * Completion snippets (LSP snippet syntax: {@code ${1:default}} placeholders, {@code $0} the final
 * cursor) that insert one well-formed {@code <example>} block, written the way the description
 * around the cursor is written:
 *
 * <ul>
 *   <li>plain or lenient one-liner: one line, lines separated by the two characters {@code \n};
 *   <li>single-quoted: the same, with {@code ''} for an apostrophe;
 *   <li>double-quoted: one line with {@code \n} escapes and {@code \"} for quotes;
 *   <li>literal block {@code |}: real lines, each after the first indented by {@code indent};
 *   <li>folded block {@code >}: real lines separated by empty lines, which folding turns into
 *       single line breaks, so the example keeps its lines.
 * </ul>
 *
 * <p>The snippet is the block alone, to insert where the cursor is; in a block scalar the cursor's
 * line is already indented, so insert it as is (LSP {@code InsertTextMode.asIs}).
 */
public final class ExampleSnippets {

  private static final String DEFAULT_AGENT = "agent-name";

  private ExampleSnippets() {}

  /** The snippet for a description in {@code style}, whose block content is indented by {@code indent} spaces. */
  public static String forStyle(ScalarStyle style, int indent) {
    return forStyle(style, indent, DEFAULT_AGENT);
  }

  /** The same, with the agent's {@code name} as the default of the delegation placeholder. */
  public static String forStyle(ScalarStyle style, int indent, String agentName) {
    String agent = escape(agentName == null || agentName.isBlank() ? DEFAULT_AGENT : agentName.strip());
    List<String> lines =
        List.of(
            "<example>",
            "Context: ${1:the situation in which this agent helps}",
            "user: \"${2:what the user asks}\"",
            "assistant: \"I'll use the ${3:" + agent + "} agent to ${4:do the work}.\"",
            "<commentary>",
            "${5:Why this request calls for this agent.}",
            "</commentary>",
            "</example>$0");
    String margin = " ".repeat(Math.max(0, indent));
    return switch (style) {
      case PLAIN, LENIENT -> String.join("\\\\n", lines);
      case SINGLE_QUOTED -> String.join("\\\\n", lines).replace("'", "''");
      case DOUBLE_QUOTED -> String.join("\\\\n", lines).replace("\"", "\\\\\"");
      case LITERAL -> String.join("\n" + margin, lines);
      case FOLDED -> String.join("\n\n" + margin, lines);
    };
  }

  /** Escapes the characters with a meaning in snippet syntax. */
  private static String escape(String text) {
    return text.replace("\\", "\\\\").replace("$", "\\$").replace("}", "\\}");
  }
}
