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

class WrongAgentRuleTest {

  @Test
  void anotherAgentNameInTheAssistantTurnIsReportedWithAFix() {
    AnalysisResult result = Fixture.of(
                """
                ---
                name: code-reviewer
                description: Reviews.\\n<example>\\nuser: "Review it"\\nassistant: "I'll use the code-critic agent to review."\\n<Task tool invocation with code-critic agent>\\n</example>
                                                                                              ^^^^^^^^^^^ example/wrong-agent this agent is `code-reviewer`
                                                                                                                                                        ^^^^^^^^^^^ example/wrong-agent
                model: sonnet
                ---
                You review code.
                """)
        .onlyRules("example/wrong-agent")
        .check();
    assertEquals(2, result.findings().stream().filter(f -> f.ruleId().equals("example/wrong-agent")).count());
    String fixed = FixedText.apply(result.file().text(), result.findings().stream()
        .filter(f -> f.ruleId().equals("example/wrong-agent")).findFirst().orElseThrow().fixes().get(0));
    assertTrue(fixed.contains("I'll use the code-reviewer agent to review."), fixed);
  }

  @Test
  void orchestrationBuiltInAgentsAndNonNamesAreLeftAlone() {
    Fixture.of(
                """
                ---
                name: code-reviewer
                description: |
                  <example>
                  user: "Plan and review"
                  assistant: "I'll use the task-planner agent, then the code-reviewer agent."
                  </example>
                  <example>
                  user: "Review"
                  assistant: "Let me use the appropriate agent, or the general-purpose agent."
                  </example>
                model: sonnet
                ---
                You review code.
                """)
        .onlyRules("example/wrong-agent")
        .check();
  }

  @ParameterizedTest
  @EnumSource(StyledAgent.class)
  void aWellFormedDescriptionIsCleanInEveryStyle(StyledAgent style) {
    Fixture.of(style.file(StyledAgent.WELL_FORMED)).onlyRules("example/wrong-agent").checkClean();
  }
}
