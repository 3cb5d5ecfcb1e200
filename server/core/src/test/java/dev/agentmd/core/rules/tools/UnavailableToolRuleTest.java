package dev.agentmd.core.rules.tools;

import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.testing.Fixture;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Test;

class UnavailableToolRuleTest {

  @Test
  void aToolSubagentsNeverGetIsAnInfo() {
    var result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                tools: Read, AskUserQuestion
                             ^^^^^^^^^^^^^^^ tools/unavailable not available to subagents
                ---
                You review code.
                """)
            .check();
    Assertions.assertEquals(Severity.INFO, result.findings().get(0).severity());
  }

  @Test
  void exitPlanModeIsAvailableInPlanMode() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            tools: Read, ExitPlanMode
                         ^^^^^^^^^^^^ tools/unavailable `permissionMode: plan`
            ---
            You review code.
            """)
        .check();
    Fixture.of("---\nname: reviewer\ndescription: Reviews code.\ntools: Read, ExitPlanMode\npermissionMode: plan\n---\nBody.\n")
        .checkClean();
  }

  @Test
  void agentIsNotReportedBecauseOnlyTheDepthLimitRemovesIt() {
    Fixture.of("---\nname: reviewer\ndescription: Reviews code.\ntools: Agent(worker), Read\n---\nBody.\n").checkClean();
  }

  @Test
  void anAgentWithAnInitialPromptRunsAsTheMainSessionAndIsNotChecked() {
    Fixture.of(
            "---\nname: reviewer\ndescription: Reviews code.\ntools: Read, AskUserQuestion\n"
                + "initialPrompt: Review the last commit.\n---\nBody.\n")
        .checkClean();
  }

  @Test
  void disallowingAnUnavailableToolIsHarmless() {
    Fixture.of("---\nname: reviewer\ndescription: Reviews code.\ndisallowedTools: AskUserQuestion\n---\nBody.\n")
        .checkClean();
  }
}
