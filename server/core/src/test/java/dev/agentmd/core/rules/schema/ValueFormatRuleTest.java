package dev.agentmd.core.rules.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class ValueFormatRuleTest {

  @Test
  void aNameOutsideTheLowercaseConventionIsAWarning() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: Code_Reviewer
                      ^^^^^^^^^^^^^ schema/pattern Agent names should be lowercase letters, digits and hyphens
                description: Reviews code.
                ---
                You review code.
                """)
            .onlyRules("schema/pattern")
            .check();
    assertEquals(List.of(Severity.WARNING), severities(result));
  }

  @Test
  void aNameWithAColonIsAnErrorBecauseClaudeCodeSkipsTheFile() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: review:code
                      ^^^^^^^^^^^ schema/pattern Claude Code skips such agent files
                description: Reviews code.
                ---
                You review code.
                """)
            .onlyRules("schema/pattern")
            .crlf()
            .check();
    assertEquals(Severity.ERROR, severities(result).get(0));
  }

  @Test
  void aTwoLetterNameIsAHint() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: cr
                      ^^ schema/pattern conventionally 3–50 characters long
                description: Reviews code.
                ---
                You review code.
                """)
            .onlyRules("schema/pattern")
            .check();
    assertEquals(List.of(Severity.HINT), severities(result));
  }

  @Test
  void aDescriptionOfOnlySpacesIsAWarning() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: '   '
                         ^^^^^ schema/pattern The description is blank
            ---
            You review code.
            """)
        .check();
  }

  @Test
  void aConventionalNameIsFine() {
    Fixture.of("---\nname: reviewer\ndescription: Reviews code.\n---\nYou review code.\n").crlf().checkClean();
  }

  private static List<Severity> severities(AnalysisResult result) {
    return result.findings().stream().filter(f -> f.ruleId().equals("schema/pattern")).map(Finding::severity).toList();
  }
}
