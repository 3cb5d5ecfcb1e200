package dev.agentmd.core.rules.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.rules.FixedText;
import dev.agentmd.core.testing.Fixture;
import org.junit.jupiter.api.Test;

class IndicatorValueRuleTest {

  @Test
  void aBracketedNameIsAListAndTheFixQuotesIt() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: [agent-name]
                      ^^^^^^^^^^^^ yaml/indicator-value as a list
                description: Reviews code.
                ---
                You review code.
                """)
            .onlyRules("yaml/indicator-value")
            .check();
    assertEquals("name: '[agent-name]'", FixedText.afterFirstFix(result, "yaml/indicator-value").lines().toList().get(1));
  }

  @Test
  void aTemplatePlaceholderIsAMapping() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: {{SKILL_DESCRIPTION}}
                         ^^^^^^^^^^^^^^^^^^^^^ yaml/indicator-value unfilled `{{placeholder}}`
            ---
            You review code.
            """)
        .onlyRules("yaml/indicator-value")
        .check();
  }

  @Test
  void keysThatAcceptListsAreNotReported() {
    Fixture.of("---\nname: reviewer\ndescription: Reviews code.\ntools: [Read, Grep]\nskills: [api]\n---\nBody.\n")
        .checkClean();
  }

  @Test
  void aQuotedBracketIsText() {
    Fixture.of("---\nname: reviewer\ndescription: '[WIP] Reviews code.'\n---\nBody.\n").checkClean();
  }
}
