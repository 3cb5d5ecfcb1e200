package dev.agentmd.core.rules.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.config.Settings;
import dev.agentmd.core.rules.FixedText;
import dev.agentmd.core.testing.Fixture;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ModelRuleTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "sonnet",
        "inherit",
        "opus[1m]",
        "claude-opus-4-8",
        "claude-opus-4-8[1m]",
        "claude-3-opus-20240229",
        "us.anthropic.claude-sonnet-4-5-20250929-v1:0",
        "claude-sonnet-4-5@20250929",
        "arn:aws:bedrock:us-east-1:123456789012:inference-profile/x",
        "'haiku'",
      })
  void aliasesAndModelIdsAreAccepted(String model) {
    Fixture.of("---\nname: reviewer\ndescription: Reviews code.\nmodel: " + model + "\n---\nYou review code.\n")
        .checkClean();
  }

  @Test
  void anAliasInTheWrongCaseGetsAFixThatKeepsTheQuotes() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                model: 'Sonnet'
                       ^^^^^^^^ agent/model Did you mean `sonnet`?
                ---
                You review code.
                """)
            .check();
    assertEquals("model: 'sonnet'", FixedText.afterFirstFix(result, "agent/model").lines().toList().get(3));
  }

  @Test
  void aMisspeltAliasIsReportedOnceByThisRuleNotByTheSchema() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            model: sonet
                   ^^^^^ agent/model Did you mean `sonnet`?
            ---
            You review code.
            """)
        .check();
  }

  @Test
  void aCopilotDisplayNameIsRecognised() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                model: Claude Sonnet 4.5 (copilot)
                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^ agent/model GitHub Copilot model name
                ---
                You review code.
                """)
            .check();
    assertEquals("model: sonnet", FixedText.afterFirstFix(result, "agent/model").lines().toList().get(3));
    assertEquals(true, FixedText.only(result, "agent/model").message().contains("`claude-sonnet-4-5`"));
  }

  @Test
  void aModelIdWithAMisspeltFamilyIsCorrected() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                model: claude-sonet-4-5
                       ^^^^^^^^^^^^^^^^ agent/model misspelt
                ---
                You review code.
                """)
            .check();
    assertEquals("model: claude-sonnet-4-5", FixedText.afterFirstFix(result, "agent/model").lines().toList().get(3));
  }

  @Test
  void familyAndVersionWithoutPrefixBecomeAFullId() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                model: sonnet-4.5
                       ^^^^^^^^^^ agent/model Did you mean `claude-sonnet-4-5`?
                ---
                You review code.
                """)
            .check();
    assertEquals("model: claude-sonnet-4-5", FixedText.afterFirstFix(result, "agent/model").lines().toList().get(3));
  }

  @Test
  void aProviderPrefixedIdSuggestsTheBareId() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            model: "anthropic/claude-sonnet-4-5"
                   ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ agent/model Did you mean `claude-sonnet-4-5`?
            ---
            You review code.
            """)
        .check();
  }

  @Test
  void anotherVendorsModelHasNoSuggestion() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                model: gpt-4o
                       ^^^^^^ agent/model sent to the API as-is
                ---
                You review code.
                """)
            .check();
    assertEquals(0, FixedText.only(result, "agent/model").fixes().size());
  }

  @Test
  void modelsFromTheSettingsAreAccepted() {
    Fixture.of("---\nname: reviewer\ndescription: Reviews code.\nmodel: my-foundry-deployment\n---\nBody.\n")
        .with(new Settings(Map.of(), Set.of(), Set.of("my-foundry-deployment")))
        .checkClean();
  }

  @Test
  void aMissingLineBreakBeforeTheNextKeyIsExplained() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                model: claude-sonnet-4-20250514tools: Read, Grep
                       ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ agent/model line break seems to be missing
                ---
                You review code.
                """)
            .onlyRules("agent/model")
            .check();
    assertEquals(
        "model: claude-sonnet-4-20250514\ntools: Read, Grep",
        String.join("\n", FixedText.afterFirstFix(result, "agent/model").lines().toList().subList(3, 5)));
  }

  @Test
  void aNumberIsNotAModel() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            model: 4
                   ^ agent/model not an integer
            ---
            You review code.
            """)
        .check();
  }

  @Test
  void anEmptyModelIsReportedOnItsKey() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            model:
            ^^^^^ agent/model is empty
            ---
            You review code.
            """)
        .check();
  }

  @Test
  void aFlowListIsLeftToTheIndicatorRule() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            model: [sonnet]
                   ^^^^^^^^ yaml/indicator-value a list
            ---
            You review code.
            """)
        .onlyRules("agent/model", "yaml/indicator-value")
        .check();
  }
}
