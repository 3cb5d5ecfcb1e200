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

class MissingUserRuleTest {

  @Test
  void anExampleWithoutAUserTurnIsReportedAtItsOpeningTag() {
    Fixture.of(
                """
                ---
                name: code-reviewer
                description: Reviews.\\n<example>\\nContext: A change\\nassistant: "I'll use the code-reviewer agent."\\n</example>
                                       ^^^^^^^^^ example/missing-user no `user:` turn
                model: sonnet
                ---
                You review code.
                """)
        .onlyRules("example/missing-user")
        .check();
  }

  @Test
  void aProactiveExampleMayStartWithTheAssistant() {
    Fixture.of(
                """
                ---
                name: code-reviewer
                description: Reviews.\\n<example>\\nContext: Proactive review after a change\\nassistant: "I'll use the code-reviewer agent."\\n</example>
                model: sonnet
                ---
                You review code.
                """)
        .onlyRules("example/missing-user")
        .check();
  }

  @ParameterizedTest
  @EnumSource(StyledAgent.class)
  void aWellFormedDescriptionIsCleanInEveryStyle(StyledAgent style) {
    Fixture.of(style.file(StyledAgent.WELL_FORMED)).onlyRules("example/missing-user").checkClean();
  }
}
