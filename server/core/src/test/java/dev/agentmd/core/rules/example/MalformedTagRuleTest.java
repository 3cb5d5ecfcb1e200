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

class MalformedTagRuleTest {

  @Test
  void aClosingCommentaryWithoutItsAngleBracketIsReported() {
    AnalysisResult result = Fixture.of(
                """
                ---
                name: code-reviewer
                description: Reviews code.\\n<example>\\nuser: "a"\\nassistant: "b"\\n<commentary>Why.</commentary</example>
                                                                                                  ^^^^^^^^^^^^ example/malformed-tag missing its `>`
                model: sonnet
                ---
                You review code.
                """)
        .onlyRules("example/malformed-tag")
        .check();
    assertTrue(FixedText.afterFirstFix(result, "example/malformed-tag").contains("<commentary>Why.</commentary></example>"));
  }

  @Test
  void anOpeningCommentaryGluedToItsTextIsReportedAfterNonAsciiText() {
    AnalysisResult result = Fixture.of(
                """
                ---
                name: code-reviewer
                description: "Reviews code. Façade 🚀\\n<example>\\nuser: \\"a\\"\\nassistant: \\"b\\"\\n<commentaryUse it.</commentary>\\n</example>"
                                                                                                 ^^^^^^^^^^^ example/malformed-tag `<commentary>`
                model: sonnet
                ---
                You review code.
                """)
        .onlyRules("example/malformed-tag")
        .check();
    assertTrue(FixedText.afterFirstFix(result, "example/malformed-tag").contains("<commentary>Use it."));
  }

  @ParameterizedTest
  @EnumSource(StyledAgent.class)
  void aWellFormedDescriptionIsCleanInEveryStyle(StyledAgent style) {
    Fixture.of(style.file(StyledAgent.WELL_FORMED)).onlyRules("example/malformed-tag").checkClean();
  }
}
