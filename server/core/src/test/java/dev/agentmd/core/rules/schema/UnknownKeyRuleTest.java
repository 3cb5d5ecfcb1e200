package dev.agentmd.core.rules.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.finding.Edit;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnknownKeyRuleTest {

  @Test
  void aMisspeltKeyIsAWarningWithARenameFix() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                modle: opus
                ^^^^^ schema/unknown-key Unknown key `modle`; Claude Code ignores it silently. Did you mean `model`?
                ---
                You review code.
                """)
            .crlf()
            .check();
    Finding finding = result.findings().get(0);
    assertEquals(Severity.WARNING, finding.severity());
    Fix fix = finding.fixes().get(0);
    assertEquals("Rename to `model`", fix.title());
    assertFalse(fix.safe());
    assertEquals(List.of(new Edit.Replace(finding.span(), "model")), fix.edits());
  }

  @Test
  void theSkillsSpellingOfToolsIsRenamedToTools() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                allowed-tools: Read, Grep
                ^^^^^^^^^^^^^ schema/unknown-key Did you mean `tools`?
                ---
                You review code.
                """)
            .check();
    assertEquals("Rename to `tools`", result.findings().get(0).fixes().get(0).title());
  }

  @Test
  void aKeyFromAnotherToolIsAWarningWithoutFix() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                version: 2
                ^^^^^^^ schema/unknown-key Unknown key `version`; Claude Code ignores it silently.
                ---
                You review code.
                """)
            .check();
    assertEquals(List.of(), result.findings().get(0).fixes());
  }

  @Test
  void anUnknownKeyInAHookHandlerIsAWarningWithARenameFix() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            hooks:
              PreToolUse:
                - matcher: Bash
                  hooks:
                    - {type: command, cmd: ./check-bash.sh}
                      ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ schema/required missing the required key `command`
                                      ^^^ schema/unknown-key Unknown key `cmd` in `hooks.PreToolUse[0].hooks[0]`; it is ignored. Did you mean `command`?
            ---
            You review code.
            """)
        .check();
  }

  @Test
  void knownKeysAreFine() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            model: opus
            maxTurns: 20
            ---
            You review code.
            """)
        .checkClean();
  }
}
