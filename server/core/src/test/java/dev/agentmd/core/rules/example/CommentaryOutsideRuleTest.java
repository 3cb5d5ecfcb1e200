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

class CommentaryOutsideRuleTest {

  @Test
  void commentaryAfterAnExampleIsReported() {
    Fixture.of(
                """
                ---
                name: code-reviewer
                description: Reviews.\\n<example>\\nuser: "a"\\nassistant: "b"\\n</example>\\n<commentary>Why.</commentary>
                                                                                         ^^^^^^^^^^^^ example/commentary-outside outside any example
                model: sonnet
                ---
                You review code.
                """)
        .onlyRules("example/commentary-outside")
        .check();
  }

  @Test
  void commentaryInADescriptionWithoutExampleTagsIsAnotherConvention() {
    Fixture.of(
                """
                ---
                name: code-reviewer
                description: |-
                  Reviews code.
                  - Example 1:
                    user: "a"
                    <commentary>A list-style example.</commentary>
                model: sonnet
                ---
                You review code.
                """)
        .onlyRules("example/commentary-outside")
        .check();
  }

  @ParameterizedTest
  @EnumSource(StyledAgent.class)
  void aWellFormedDescriptionIsCleanInEveryStyle(StyledAgent style) {
    Fixture.of(style.file(StyledAgent.WELL_FORMED)).onlyRules("example/commentary-outside").checkClean();
  }
}
