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

class UnclosedExampleRuleTest {

  @Test
  void anExampleWithoutItsClosingTagIsReportedAtItsOpeningTag() {
    Fixture.of(
                """
                ---
                name: code-reviewer
                description: Reviews code.\\n\\n<example>\\nuser: "Review it"\\nassistant: "I'll use the code-reviewer agent."
                                              ^^^^^^^^^ example/unclosed never closed
                model: sonnet
                ---
                You review code.
                """)
        .onlyRules("example/unclosed")
        .check();
  }

  @Test
  void anExampleThatTheNextOneCutsOffIsReportedInALiteralBlockWithCrlf() {
    Fixture.of(
                """
                ---
                name: code-reviewer
                description: |
                  Reviews code. Examples:
                  <example>
                  ^^^^^^^^^ example/unclosed
                  Context: A café 🚀 change
                  user: "Review it"
                  <example>
                  user: "Again"
                  assistant: "I'll use the code-reviewer agent."
                  </example>
                model: sonnet
                ---
                You review code.
                """)
        .onlyRules("example/unclosed")
        .crlf()
        .check();
  }

  @ParameterizedTest
  @EnumSource(StyledAgent.class)
  void aWellFormedDescriptionIsCleanInEveryStyle(StyledAgent style) {
    Fixture.of(style.file(StyledAgent.WELL_FORMED)).onlyRules("example/unclosed").checkClean();
  }
}
