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

class CommentaryUnclosedRuleTest {

  @Test
  void anUnclosedCommentaryInAFoldedBlockIsReportedAtItsTag() {
    Fixture.of(
                """
                ---
                name: code-reviewer
                description: >
                  <example>

                  user: "a"

                  assistant: "b"

                  <commentary>
                  ^^^^^^^^^^^^ example/commentary-unclosed never closed

                  Why.

                  </example>
                model: sonnet
                ---
                You review code.
                """)
        .onlyRules("example/commentary-unclosed")
        .check();
  }

  @Test
  void anUnclosedCommentaryEndsWithItsExample() {
    Fixture.of(
                """
                ---
                name: code-reviewer
                description: Reviews.\\n<example>\\nuser: "a"\\nassistant: "b"\\n<commentary>\\nWhy.\\n</example>\\n<example>\\nuser: "c"\\nassistant: "d"\\n</example>
                                                                             ^^^^^^^^^^^^ example/commentary-unclosed
                model: sonnet
                ---
                You review code.
                """)
        .onlyRules("example/commentary-unclosed")
        .check();
  }

  @ParameterizedTest
  @EnumSource(StyledAgent.class)
  void aWellFormedDescriptionIsCleanInEveryStyle(StyledAgent style) {
    Fixture.of(style.file(StyledAgent.WELL_FORMED)).onlyRules("example/commentary-unclosed").checkClean();
  }
}
