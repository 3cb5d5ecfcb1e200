package dev.agentmd.core.rules.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.config.Settings;
import dev.agentmd.core.rules.FixedText;
import dev.agentmd.core.testing.Fixture;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class UnknownToolRuleTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Read, Grep, Glob, Bash",
        "Bash(git diff:*), Read(./src/**), WebFetch(domain:example.com), Skill(deploy *)",
        "Agent(worker, researcher), Read",
        "mcp__github, mcp__github__create_issue, mcp__github__*",
        "[Read, Edit, \"Bash(npm test *)\"]",
        "[]",
      })
  void documentedToolRulesAreAccepted(String tools) {
    Fixture.of("---\nname: reviewer\ndescription: Reviews code.\ntools: " + tools + "\n---\nYou review code.\n")
        .checkClean();
  }

  @Test
  void aNameInTheWrongCaseGetsADidYouMeanFix() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                tools: Read, grep(*.ts)
                             ^^^^^^^^^^ tools/unknown Did you mean `Grep`?
                ---
                You review code.
                """)
            .check();
    assertEquals("tools: Read, Grep(*.ts)", FixedText.afterFirstFix(result, "tools/unknown").lines().toList().get(3));
  }

  @Test
  void anUnknownNameWithoutSuggestionSaysItIsDropped() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            tools: Read, github
                         ^^^^^^ tools/unknown silently drops
            ---
            You review code.
            """)
        .check();
  }

  @Test
  void whenEveryToolIsUnknownTheFirstFindingSaysTheAgentIsRefused() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                tools: codebase, githubRepo
                       ^^^^^^^^ tools/unknown refuses to run this agent
                                 ^^^^^^^^^^ tools/unknown
                ---
                You review code.
                """)
            .check();
    assertFalse(result.findings().get(1).message().contains("refuses"));
  }

  @Test
  void anUnknownNameInDisallowedToolsDoesNotClaimTheAgentIsRefused() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                disallowedTools: Shell
                                 ^^^^^ tools/unknown
                ---
                You review code.
                """)
            .check();
    assertFalse(result.findings().get(0).message().contains("refuses"));
  }

  @Test
  void aStarIsNotDocumentedAsAllTools() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            tools: ["*"]
                     ^ tools/unknown omit `tools`
            ---
            You review code.
            """)
        .check();
  }

  @Test
  void allMcpToolsIsOnlyAcceptedInDisallowedTools() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            tools: Read, mcp__*
                         ^^^^^^ tools/unknown only accepted in `disallowedTools`
            disallowedTools: mcp__*
            ---
            You review code.
            """)
        .check();
  }

  @Test
  void toolsSeparatedBySpacesGetACommaFix() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                tools: Read Grep  Glob
                       ^^^^^^^^^^^^^^^ tools/unknown separated by commas
                ---
                You review code.
                """)
            .check();
    assertEquals("tools: Read, Grep, Glob", FixedText.afterFirstFix(result, "tools/unknown").lines().toList().get(3));
  }

  @Test
  void toolsFromTheSettingsAreAccepted() {
    Fixture.of("---\nname: reviewer\ndescription: Reviews code.\ntools: Read, CompanySearch, Bash(deploy *)\n---\nBody.\n")
        .with(new Settings(Map.of(), Set.of("CompanySearch"), Set.of()))
        .checkClean();
  }
}
