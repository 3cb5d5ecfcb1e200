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

class EmptyExampleRuleTest {

  @Test
  void anEmptyExampleIsReportedAtItsOpeningTag() {
    Fixture.of(
                """
                ---
                name: code-reviewer
                description: 'Reviews code.\\n<example>\\n</example>'
                                             ^^^^^^^^^ example/empty empty
                model: sonnet
                ---
                You review code.
                """)
        .onlyRules("example/empty")
        .check();
  }

  @Test
  void blanksAloneAreEmptyToo() {
    Fixture.of(
                """
                ---
                name: code-reviewer
                description: |
                  Reviews code.
                  <example>  </example>
                  ^^^^^^^^^ example/empty
                model: sonnet
                ---
                You review code.
                """)
        .onlyRules("example/empty")
        .crlf()
        .check();
  }

  @ParameterizedTest
  @EnumSource(StyledAgent.class)
  void aWellFormedDescriptionIsCleanInEveryStyle(StyledAgent style) {
    Fixture.of(style.file(StyledAgent.WELL_FORMED)).onlyRules("example/empty").checkClean();
  }
}
