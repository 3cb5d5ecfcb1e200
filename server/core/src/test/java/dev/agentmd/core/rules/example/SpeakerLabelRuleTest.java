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

class SpeakerLabelRuleTest {

  @Test
  void otherSpeakerLabelsAreReportedWithAFix() {
    Fixture.of(
                """
                ---
                name: code-reviewer
                description: |
                  <example>
                  Human: "Review it"
                  ^^^^^^ example/speaker-label `user:`
                  Assistant: "I'll use the code-reviewer agent."
                  ^^^^^^^^^^ example/speaker-label `assistant:`
                  </example>
                model: sonnet
                ---
                You review code.
                """)
        .onlyRules("example/speaker-label")
        .crlf()
        .check();
  }

  @Test
  void aCapitalisedUserAfterNonAsciiTextIsReportedButAnotherAgentSpeakingIsNot() {
    AnalysisResult result = Fixture.of(
                """
                ---
                name: code-reviewer
                description: Reviews.\\n<example>\\nContext: Ça 🚀\\nUser: "Review it"\\nassistant: "On it"\\nagent: "I am stuck"\\n</example>
                                                                  ^^^^^ example/speaker-label
                model: sonnet
                ---
                You review code.
                """)
        .onlyRules("example/speaker-label")
        .check();
    assertTrue(FixedText.afterFirstFix(result, "example/speaker-label").contains("\\nuser: \"Review it\""));
  }

  @ParameterizedTest
  @EnumSource(StyledAgent.class)
  void aWellFormedDescriptionIsCleanInEveryStyle(StyledAgent style) {
    Fixture.of(style.file(StyledAgent.WELL_FORMED)).onlyRules("example/speaker-label").checkClean();
  }
}
