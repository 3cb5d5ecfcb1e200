package dev.agentmd.core.rules.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.testing.Fixture;
import org.junit.jupiter.api.Test;

class EmptyValueRuleTest {

  @Test
  void anEmptyDescriptionIsAnError() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: ""
                             ^^ schema/empty `description` must not be empty.
                ---
                You review code.
                """)
            .crlf()
            .check();
    assertEquals(Severity.ERROR, result.findings().get(0).severity());
  }

  @Test
  void anEmptyInitialPromptIsAWarning() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                initialPrompt: ''
                               ^^ schema/empty `initialPrompt` must not be empty.
                ---
                You review code.
                """)
            .check();
    assertEquals(Severity.WARNING, result.findings().get(0).severity());
  }

  @Test
  void aMatcherGroupWithAnEmptyHandlerListIsAWarning() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            hooks:
              Stop:
                - hooks: []
                         ^^ schema/empty `hooks.Stop[0].hooks` must not be an empty list.
            ---
            You review code.
            """)
        .check();
  }

  @Test
  void anEmptyServerNameIsAWarning() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            mcpServers:
              - ""
                ^^ schema/empty `mcpServers[0]` must not be empty.
            ---
            You review code.
            """)
        .check();
  }

  @Test
  void valuesWithContentAreFine() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            initialPrompt: Review the latest commit.
            ---
            You review code.
            """)
        .checkClean();
  }
}
