package dev.agentmd.core.rules.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequiredKeyRuleTest {

  @Test
  void anEmptyFrontmatterMissesBothNameAndDescriptionAtItsOpeningFence() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                ^^^ schema/required Missing required key `name`
                ^^^ schema/required Missing required key `description`
                ---
                You review code.
                """)
            .check();
    assertEquals(2, result.findings().size(), () -> result.findings().toString());
    assertTrue(result.findings().stream().allMatch(f -> f.severity() == Severity.ERROR), () -> result.findings().toString());
  }

  @Test
  void aMissingDescriptionIsAnErrorThatSaysClaudeCodeSkipsTheAgent() {
    Fixture.of(
            """
            ---
            ^^^ schema/required Claude Code skips an agent without `description`
            name: reviewer
            ---
            You review code.
            """)
        .check();
  }

  @Test
  void aPluginAgentWithoutNameIsOnlyAWarningBecauseItLoadsUnderItsFileName() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                ^^^ schema/required this plugin agent loads under its file name
                description: Reviews code.
                ---
                You review code.
                """)
            .at("my-plugin/agents/reviewer.md")
            .check();
    assertEquals(Severity.WARNING, result.findings().get(0).severity());
  }

  @Test
  void aPluginAgentWithoutDescriptionIsStillAnError() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                ^^^ schema/required `description`
                name: reviewer
                ---
                You review code.
                """)
            .at("my-plugin/agents/reviewer.md")
            .check();
    assertEquals(Severity.ERROR, result.findings().get(0).severity());
  }

  @Test
  void aCommandHookWithoutCommandIsAWarningOnTheHandler() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                hooks:
                  PreToolUse:
                    - matcher: Bash
                      hooks:
                        - {type: command}
                          ^^^^^^^^^^^^^^^ schema/required `hooks.PreToolUse[0].hooks[0]` is missing the required key `command`
                ---
                You review code.
                """)
            .check();
    assertEquals(Severity.WARNING, result.findings().get(0).severity());
  }

  @Test
  void aBlockStyleCommandHookWithoutCommandIsReportedFromItsFirstKey() {
    String text =
        """
        ---
        name: reviewer
        description: Reviews code.
        hooks:
          PreToolUse:
            - matcher: Bash
              hooks:
                - type: command
                  timeout: 30
        ---
        You review code.
        """;
    AnalysisResult result = Fixture.of(text).analyze();
    List<Finding> findings = result.findings();
    assertEquals(1, findings.size(), findings::toString);
    assertEquals("schema/required", findings.get(0).ruleId());
    assertTrue(findings.get(0).message().contains("missing the required key `command`"), findings.get(0).message());
    // Only the start is pinned here: where a block mapping's span ends is a separate question.
    assertEquals(text.indexOf("type: command"), findings.get(0).span().start());
  }

  @Test
  void aMatcherGroupWithoutHooksIsAWarning() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            hooks:
              PreToolUse:
                - {matcher: Bash}
                  ^^^^^^^^^^^^^^^ schema/required is missing the required key `hooks`
            ---
            You review code.
            """)
        .check();
  }

  @Test
  void aStdioMcpServerWithoutCommandIsReportedAtItsName() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            mcpServers:
              - playwright:
                ^^^^^^^^^^ schema/required `mcpServers[0].playwright` is missing the required key `command`
                  type: stdio
            ---
            You review code.
            """)
        .check();
  }

  @Test
  void nameAndDescriptionAndCompleteHooksAndServersAreFine() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            hooks:
              PreToolUse:
                - matcher: Bash
                  hooks:
                    - type: command
                      command: ./check-bash.sh
            mcpServers:
              - github
              - playwright:
                  type: stdio
                  command: npx
            ---
            You review code.
            """)
        .crlf()
        .checkClean();
  }
}
