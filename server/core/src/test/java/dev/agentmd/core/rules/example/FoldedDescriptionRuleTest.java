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

class FoldedDescriptionRuleTest {

  @Test
  void aFoldedBlockThatJoinsExampleLinesIsReportedAtItsIndicator() {
    AnalysisResult result = Fixture.of(
                """
                ---
                name: code-reviewer
                description: >-
                             ^ example/folded-description literal block
                  Reviews code.
                  <example>
                  Context: A change
                  user: "Review it"
                  assistant: "I'll use the code-reviewer agent."
                  </example>
                model: sonnet
                ---
                You review code.
                """)
        .onlyRules("example/folded-description")
        .crlf()
        .check();
    assertTrue(FixedText.afterFirstFix(result, "example/folded-description").contains("description: |-"));
  }

  @Test
  void aFoldedBlockWithEmptyLinesBetweenExampleLinesKeepsThem() {
    Fixture.of(
                """
                ---
                name: code-reviewer
                description: >
                  Reviews code.

                  <example>

                  user: "Review it"

                  assistant: "I'll use the code-reviewer agent."

                  </example>
                model: sonnet
                ---
                You review code.
                """)
        .onlyRules("example/folded-description")
        .check();
  }

  @ParameterizedTest
  @EnumSource(StyledAgent.class)
  void aWellFormedDescriptionIsCleanInEveryStyle(StyledAgent style) {
    Fixture.of(style.file(StyledAgent.WELL_FORMED)).onlyRules("example/folded-description").checkClean();
  }
}
