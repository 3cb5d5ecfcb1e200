package dev.agentmd.core.rules.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.finding.Edit;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownValueRuleTest {

  @Test
  void aMiscasedPermissionModeIsAWarningWithADidYouMeanFix() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                permissionMode: acceptedits
                                ^^^^^^^^^^^ schema/enum `acceptedits` is not a known value. Unknown permission mode
                ---
                You review code.
                """)
            .crlf()
            .check();
    Finding finding = result.findings().get(0);
    assertEquals(Severity.WARNING, finding.severity());
    assertTrue(finding.message().endsWith("Did you mean `acceptEdits`?"), finding.message());
    Fix fix = finding.fixes().get(0);
    assertEquals("Change to `acceptEdits`", fix.title());
    assertFalse(fix.safe());
    assertEquals(List.of(new Edit.Replace(finding.span(), "acceptEdits")), fix.edits());
  }

  @Test
  void theFixKeepsTheQuotesOfAQuotedValue() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                permissionMode: "acceptedits"
                                ^^^^^^^^^^^^^ schema/enum Did you mean `acceptEdits`?
                ---
                You review code.
                """)
            .check();
    Edit.Replace edit = (Edit.Replace) result.findings().get(0).fixes().get(0).edits().get(0);
    assertEquals("\"acceptEdits\"", edit.newText());
  }

  @Test
  void anUnknownHookEventIsAWarningWithADidYouMeanFix() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                hooks:
                  PreToolUs:
                  ^^^^^^^^^ schema/enum Hooks under an unknown event never run. Did you mean `PreToolUse`?
                    - matcher: Bash
                      hooks:
                        - type: command
                          command: ./check-bash.sh
                  OnSave:
                  ^^^^^^ schema/enum `OnSave` is not a known value. Unknown hook event
                    - hooks:
                        - type: command
                          command: ./format.sh
                ---
                You review code.
                """)
            .check();
    assertEquals(List.of(1, 0), result.findings().stream().map(f -> f.fixes().size()).toList());
    Edit.Replace edit = (Edit.Replace) result.findings().get(0).fixes().get(0).edits().get(0);
    assertEquals("PreToolUse", edit.newText());
  }

  @Test
  void anUnknownMcpServerTypeIsAWarningWithADidYouMeanFix() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            mcpServers:
              - docs:
                  type: htp
                        ^^^ schema/enum MCP server `type` must be `stdio`, `http`, `sse` or `ws`. Did you mean `http`?
                  url: https://mcp.example.com/mcp
            ---
            You review code.
            """)
        .check();
  }

  @Test
  void anUnknownHookTypeIsAWarning() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            hooks:
              Stop:
                - hooks:
                    - type: shell
                            ^^^^^ schema/enum Hook `type` must be `command`, `http`, `mcp_tool`, `prompt` or `agent`.
                      command: ./check.sh
            ---
            You review code.
            """)
        .check();
  }

  @Test
  void knownValuesAreFine() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            permissionMode: acceptEdits
            effort: high
            memory: project
            isolation: worktree
            color: cyan
            hooks:
              PreToolUse:
                - matcher: Bash
                  hooks:
                    - type: command
                      command: ./check-bash.sh
            ---
            You review code.
            """)
        .checkClean();
  }
}
