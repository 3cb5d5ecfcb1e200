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

class UnopenedTagRuleTest {

  @Test
  void aSecondClosingTagInADoubleQuotedDescriptionIsReported() {
    Fixture.of(
                """
                ---
                name: code-reviewer
                description: "Reviews code.\\n<example>\\nuser: \\"Review it\\"\\nassistant: \\"I'll use the code-reviewer agent.\\"\\n</example>\\n</example>"
                                                                                                                                           ^^^^^^^^^^ example/unopened closes nothing
                model: sonnet
                ---
                You review code.
                """)
        .onlyRules("example/unopened")
        .check();
  }

  @Test
  void aClosingCommentaryWithoutItsOpenerIsReportedInSingleQuotes() {
    Fixture.of(
                """
                ---
                name: code-reviewer
                description: 'Reviews code.\\n<example>\\nuser: "Review it"\\nassistant: "I''ll use it."\\nWhy.</commentary>\\n</example>'
                                                                                                           ^^^^^^^^^^^^^ example/unopened `<commentary>`
                model: sonnet
                ---
                You review code.
                """)
        .onlyRules("example/unopened")
        .check();
  }

  @ParameterizedTest
  @EnumSource(StyledAgent.class)
  void aWellFormedDescriptionIsCleanInEveryStyle(StyledAgent style) {
    Fixture.of(style.file(StyledAgent.WELL_FORMED)).onlyRules("example/unopened").checkClean();
  }
}
