package dev.agentmd.core.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentmd.core.analysis.AgentAnalyzer;
import dev.agentmd.core.analysis.SourceDocument;
import dev.agentmd.core.config.Settings;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.kind.FileKind;
import dev.agentmd.core.yaml.ScalarStyle;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class ExampleSnippetsTest {

  private static final AgentAnalyzer ANALYZER = AgentAnalyzer.create();

  /** A description in each style with the cursor where an example goes, before the closing quote. */
  private static String withSnippet(ScalarStyle style, String snippet) {
    String expanded = expand(snippet);
    String value =
        switch (style) {
          case PLAIN, LENIENT -> "Use this agent to review code. Examples:\\n\\n" + expanded;
          case SINGLE_QUOTED -> "'Use this agent to review code. Examples:\\n\\n" + expanded + "'";
          case DOUBLE_QUOTED -> "\"Use this agent to review code. Examples:\\n\\n" + expanded + "\"";
          case LITERAL -> "|\n  Use this agent to review code. Examples:\n\n  " + expanded;
          case FOLDED -> ">\n  Use this agent to review code. Examples:\n\n  " + expanded;
        };
    return "---\nname: code-reviewer\ndescription: " + value + "\nmodel: sonnet\n---\nYou review code.\n";
  }

  /** What an editor inserts when the user accepts every placeholder's default. */
  static String expand(String snippet) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < snippet.length(); i++) {
      char c = snippet.charAt(i);
      if (c == '\\' && i + 1 < snippet.length() && "\\$}".indexOf(snippet.charAt(i + 1)) >= 0) {
        out.append(snippet.charAt(++i));
      } else if (c == '$' && i + 1 < snippet.length() && snippet.charAt(i + 1) == '{') {
        i = snippet.indexOf(':', i);
      } else if (c == '$') {
        i++; // $0
      } else if (c == '}') {
        continue; // end of a placeholder
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  @ParameterizedTest
  @EnumSource(ScalarStyle.class)
  void theSnippetInsertsAWellFormedExampleInEveryStyle(ScalarStyle style) {
    String text = withSnippet(style, ExampleSnippets.forStyle(style, 2, "code-reviewer"));
    List<Finding> findings =
        ANALYZER.analyze(SourceDocument.ofText(Path.of(".claude/agents/code-reviewer.md"), text), FileKind.CLAUDE_AGENT, Settings.DEFAULTS)
            .findings().stream().filter(f -> f.ruleId().startsWith("example/") || f.ruleId().startsWith("yaml/syntax")).toList();
    assertEquals(List.of(), findings, text);
    DescriptionExamples examples = DescriptionExamplesTest.examples(text);
    assertEquals(1, examples.blocks().size(), text);
    ExampleBlock block = examples.blocks().get(0);
    assertEquals(List.of(), examples.problems());
    assertTrue(block.has(ExamplePart.Speaker.USER) && block.has(ExamplePart.Speaker.ASSISTANT));
    assertEquals("the situation in which this agent helps", block.title());
    assertTrue(examples.text().text().contains("\nuser: \"what the user asks\"\n"), examples.text().text());
  }

  @ParameterizedTest
  @EnumSource(value = ScalarStyle.class, names = {"PLAIN", "LENIENT", "SINGLE_QUOTED", "DOUBLE_QUOTED"})
  void aOneLineStyleGetsAOneLineSnippet(ScalarStyle style) {
    assertFalse(ExampleSnippets.forStyle(style, 2).contains("\n"));
  }

  @ParameterizedTest
  @EnumSource(value = ScalarStyle.class, names = {"LITERAL", "FOLDED"})
  void aBlockStyleGetsIndentedLines(ScalarStyle style) {
    String snippet = ExampleSnippets.forStyle(style, 4);
    assertTrue(snippet.contains("\n    user: \"${2:what the user asks}\""), snippet);
    assertTrue(snippet.contains("${3:agent-name}"), snippet);
  }
}
