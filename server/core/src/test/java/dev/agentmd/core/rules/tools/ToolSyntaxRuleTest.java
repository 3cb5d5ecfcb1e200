package dev.agentmd.core.rules.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.rules.FixedText;
import dev.agentmd.core.testing.Fixture;
import org.junit.jupiter.api.Test;

class ToolSyntaxRuleTest {

  @Test
  void anUnclosedParenthesisIsReportedAndClosedByTheFix() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                tools: Read, Bash(git diff:*
                             ^^^^^^^^^^^^^^^ tools/syntax never closed
                ---
                You review code.
                """)
            .check();
    assertEquals("tools: Read, Bash(git diff:*)", FixedText.afterFirstFix(result, "tools/syntax").lines().toList().get(3));
  }

  @Test
  void anUnclosedParenthesisSwallowsTheRestOfTheListAndHasNoGuessedFix() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                tools: Read, Bash(git diff:*, Grep
                             ^^^^^^^^^^^^^^^^^^^^^ tools/syntax the rest of the list is read as part of this one entry
                ---
                You review code.
                """)
            .check();
    assertEquals(0, FixedText.only(result, "tools/syntax").fixes().size());
  }

  @Test
  void theHalvesOfASplitFlowListItemGetNoFix() {
    AnalysisResult result =
        Fixture.of("---\nname: reviewer\ndescription: Reviews code.\ntools: [Agent(a, b)]\n---\nBody.\n")
            .onlyRules("tools/syntax")
            .analyze();
    assertEquals(2, result.findings().stream().filter(f -> f.ruleId().equals("tools/syntax")).count());
    assertEquals(true, result.findings().stream().allMatch(f -> f.fixes().isEmpty()));
  }

  @Test
  void twoCommasInARowAreOneFindingOnTheExtraComma() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                tools: Read, , Grep
                             ^ tools/syntax Two commas in a row
                ---
                You review code.
                """)
            .check();
    assertEquals("tools: Read, Grep", FixedText.afterFirstFix(result, "tools/syntax").lines().toList().get(3));
  }

  @Test
  void aTrailingCommaIsReportedAndRemoved() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                tools: "Read, Grep, "
                                  ^ tools/syntax Trailing comma
                ---
                You review code.
                """)
            .check();
    assertEquals("tools: \"Read, Grep\"", FixedText.afterFirstFix(result, "tools/syntax").lines().toList().get(3));
  }

  @Test
  void aLeadingCommaIsReportedAndRemoved() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                tools: ', Read'
                        ^ tools/syntax Leading comma
                ---
                You review code.
                """)
            .check();
    assertEquals("tools: 'Read'", FixedText.afterFirstFix(result, "tools/syntax").lines().toList().get(3));
  }

  @Test
  void aFlowListSplitsParenthesesAndBothHalvesAreExplained() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            tools: [Agent(worker, researcher), Read]
                    ^^^^^^^^^^^^ tools/syntax flow list
                                  ^^^^^^^^^^^ tools/syntax without a matching `(`
            ---
            You review code.
            """)
        .check();
  }

  @Test
  void aListItemWithSeveralToolsIsReported() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            tools:
              - Read, Grep
                ^^^^^^^^^^ tools/syntax one tool per item
            ---
            You review code.
            """)
        .check();
  }

  @Test
  void mcpNamesNeedAServerAndATool() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            tools: mcp__, mcp____search, mcp__github__
                   ^^^^^ tools/syntax needs a server name
                          ^^^^^^^^^^^^^ tools/syntax needs a server name
                                         ^^^^^^^^^^^^^ tools/syntax tool name after `__` is missing
            ---
            You review code.
            """)
        .check();
  }

  @Test
  void textAfterTheClosingParenthesisIsReported() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            disallowedTools: Bash(rm *)x
                             ^^^^^^^^^^^ tools/syntax text after the closing
            ---
            You review code.
            """)
        .check();
  }
}
