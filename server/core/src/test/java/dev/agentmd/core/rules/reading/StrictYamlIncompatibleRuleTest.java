package dev.agentmd.core.rules.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.finding.Edit;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.testing.Fixture;
import dev.agentmd.core.yaml.ScalarStyle;
import dev.agentmd.core.yaml.YamlScalar;
import java.util.List;
import org.junit.jupiter.api.Test;

class StrictYamlIncompatibleRuleTest {

  private static final String COLON_IN_DESCRIPTION =
      """
      ---
      name: reviewer
      description: Use when: a pull request is ready for review.
                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ yaml/strict-incompatible strict YAML parsers
      modle: opus
      ^^^^^ schema/unknown-key
      ---
      You review code.
      """;

  @Test
  void aColonInAnUnquotedDescriptionIsAWarningWithASafeQuoteFix() {
    AnalysisResult result = Fixture.of(COLON_IN_DESCRIPTION).check();
    Finding finding = finding(result);
    assertEquals(Severity.WARNING, finding.severity());
    Fix fix = finding.fixes().get(0);
    assertTrue(fix.safe());
    assertEquals(
        List.of(new Edit.Replace(finding.span(), "'Use when: a pull request is ready for review.'")), fix.edits());
  }

  @Test
  void theValueIsReadAsClaudeCodeReadsIt() {
    AnalysisResult result = Fixture.of(COLON_IN_DESCRIPTION).analyze();
    YamlScalar description = (YamlScalar) result.file().root().orElseThrow().get("description").orElseThrow();
    assertEquals(ScalarStyle.LENIENT, description.style());
    assertEquals("Use when: a pull request is ready for review.", description.value());
  }

  @Test
  void withCrlfLineBreaksTheSpanAndFixLeaveTheLineBreakAlone() {
    AnalysisResult result = Fixture.of(COLON_IN_DESCRIPTION).crlf().check();
    Edit.Replace edit = (Edit.Replace) finding(result).fixes().get(0).edits().get(0);
    assertEquals("'Use when: a pull request is ready for review.'", edit.newText());
  }

  @Test
  void anApostropheIsDoubledInsideTheSingleQuotes() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: It's a reviewer: it reviews code.
                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ yaml/strict-incompatible
                ---
                You review code.
                """)
            .check();
    Edit.Replace edit = (Edit.Replace) finding(result).fixes().get(0).edits().get(0);
    assertEquals("'It''s a reviewer: it reviews code.'", edit.newText());
  }

  @Test
  void quotedAndBlockValuesWithColonsAreFine() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: 'Use when: a pull request is ready for review.'
            initialPrompt: |
              Context: a pull request
            ---
            You review code.
            """)
        .crlf()
        .checkClean();
  }

  private static Finding finding(AnalysisResult result) {
    return result.findings().stream().filter(f -> f.ruleId().equals("yaml/strict-incompatible")).findFirst().orElseThrow();
  }
}
