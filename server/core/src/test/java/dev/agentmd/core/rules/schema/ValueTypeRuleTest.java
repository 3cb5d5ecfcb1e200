package dev.agentmd.core.rules.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.finding.Edit;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueTypeRuleTest {

  @Test
  void aNumberAsNameIsAWarningWithASafeQuoteFixBecauseClaudeCodeReadsItAsText() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: 3000
                      ^^^^ schema/type `name` must be a string, not an integer (`3000`). Claude Code reads it as text
                description: Reviews code.
                ---
                You review code.
                """)
            .onlyRules("schema/type")
            .check();
    Finding finding = result.findings().stream().filter(f -> f.ruleId().equals("schema/type")).findFirst().orElseThrow();
    assertEquals(Severity.WARNING, finding.severity());
    Fix fix = finding.fixes().get(0);
    assertEquals("Quote the value", fix.title());
    assertTrue(fix.safe());
    assertEquals(List.of(new Edit.Replace(finding.span(), "\"3000\"")), fix.edits());
  }

  @Test
  void aBooleanAsDescriptionIsAnErrorWithAQuoteFix() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: true
                             ^^^^ schema/type `description` must be a string, not a boolean (`true`).
                ---
                You review code.
                """)
            .crlf()
            .check();
    Edit.Replace edit = (Edit.Replace) result.findings().get(0).fixes().get(0).edits().get(0);
    assertEquals("\"true\"", edit.newText());
  }

  @Test
  void aQuotedNumberForMaxTurnsIsAWarningWithoutFix() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                maxTurns: "20"
                          ^^^^ schema/type `maxTurns` must be an integer, not a string.
                background: yes
                            ^^^ schema/type `background` must be `true` or `false`, not a string.
                ---
                You review code.
                """)
            .check();
    assertTrue(result.findings().stream().allMatch(f -> f.severity() == Severity.WARNING && f.fixes().isEmpty()));
  }

  @Test
  void aServerNameWhereAListIsExpectedIsAWarning() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            mcpServers: github
                        ^^^^^^ schema/type `mcpServers` must be a list, not a string.
            hooks: []
                   ^^ schema/type `hooks` must be a mapping, not a list.
            ---
            You review code.
            """)
        .check();
  }

  @Test
  void anMcpServerThatIsNeitherNameNorMappingIsAWarning() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            mcpServers:
              - 42
                ^^ schema/type `mcpServers[0]` must be a string or a mapping, not an integer (`42`).
              - playwright: npx
                            ^^^ schema/type `mcpServers[1].playwright` must be a mapping, not a string.
            ---
            You review code.
            """)
        .check();
  }

  @Test
  void aListUsedAsAKeyIsAWarning() {
    Fixture.of(
            """
            ---
            [reviewer]: yes
            ^^^^^^^^^^ schema/type A key must be plain text, not a list
            name: reviewer
            description: Reviews code.
            ---
            You review code.
            """)
        .check();
  }

  @Test
  void valuesOfTheExpectedTypesAreFine() {
    Fixture.of(
            """
            ---
            name: "reviewer"
            description: Reviews code.
            maxTurns: 20
            background: true
            mcpServers:
              - github
            hooks:
              Stop:
                - hooks:
                    - type: prompt
                      prompt: Did the tests pass?
            ---
            You review code.
            """)
        .checkClean();
  }
}
