package dev.agentmd.core.rules.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.examples.StyledAgent;
import dev.agentmd.core.rules.FixedText;
import dev.agentmd.core.testing.Fixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class MissingAssistantRuleTest {

  @Test
  void anExampleWithoutAnAssistantTurnIsReportedAtItsOpeningTag() {
    Fixture.of(
                """
                ---
                name: code-reviewer
                description: "Reviews.\\n<example>\\nContext: A change\\nuser: \\"Review it\\"\\n<commentary>Why.</commentary>\\n</example>"
                                        ^^^^^^^^^ example/missing-assistant no `assistant:` turn
                model: sonnet
                ---
                You review code.
                """)
        .onlyRules("example/missing-assistant")
        .check();
  }

  @Test
  void aCapitalisedLabelStillCountsAsATurn() {
    Fixture.of(
                """
                ---
                name: code-reviewer
                description: |
                  <example>
                  user: "Review it"
                  Assistant: "I'll use the code-reviewer agent."
                  </example>
                model: sonnet
                ---
                You review code.
                """)
        .onlyRules("example/missing-assistant")
        .check();
  }

  @ParameterizedTest
  @EnumSource(StyledAgent.class)
  void aWellFormedDescriptionIsCleanInEveryStyle(StyledAgent style) {
    Fixture.of(style.file(StyledAgent.WELL_FORMED)).onlyRules("example/missing-assistant").checkClean();
  }
}
