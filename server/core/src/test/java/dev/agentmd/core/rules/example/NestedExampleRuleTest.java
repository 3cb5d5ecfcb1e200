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

class NestedExampleRuleTest {

  @Test
  void anExampleInsideAnotherIsReportedAtTheInnerOpeningTag() {
    Fixture.of(
                """
                ---
                name: code-reviewer
                description: |
                  <example>
                  user: "Outer"
                  <example>
                  ^^^^^^^^^ example/nested inside another
                  user: "Inner"
                  assistant: "Inner answer"
                  </example>
                  assistant: "I'll use the code-reviewer agent."
                  </example>
                model: sonnet
                ---
                You review code.
                """)
        .onlyRules("example/nested")
        .check();
  }

  @Test
  void theSameInALenientOneLiner() {
    Fixture.of(
                """
                ---
                name: code-reviewer
                description: Reviews.\\n<example>\\nuser: "a"\\n<example>\\nuser: "b"\\nassistant: "c"\\n</example>\\nassistant: "d"\\n</example>
                                                             ^^^^^^^^^ example/nested
                model: sonnet
                ---
                You review code.
                """)
        .onlyRules("example/nested")
        .check();
  }

  @ParameterizedTest
  @EnumSource(StyledAgent.class)
  void aWellFormedDescriptionIsCleanInEveryStyle(StyledAgent style) {
    Fixture.of(style.file(StyledAgent.WELL_FORMED)).onlyRules("example/nested").checkClean();
  }
}
