package dev.agentmd.core.rules.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.rules.FixedText;
import dev.agentmd.core.testing.Fixture;
import org.junit.jupiter.api.Test;

class RetiredToolRuleTest {

  @Test
  void aRetiredToolIsReplacedByItsSuccessor() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                tools: Read, MultiEdit, Grep
                             ^^^^^^^^^ tools/retired merged into `Edit`
                ---
                You review code.
                """)
            .check();
    assertEquals("tools: Read, Edit, Grep", FixedText.afterFirstFix(result, "tools/retired").lines().toList().get(3));
  }

  @Test
  void theFixKeepsTheSpecifier() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                tools:
                  - Task(worker, researcher)
                    ^^^^^^^^^^^^^^^^^^^^^^^^ tools/retired renamed to `Agent`
                ---
                You review code.
                """)
            .check();
    assertEquals("  - Agent(worker, researcher)", FixedText.afterFirstFix(result, "tools/retired").lines().toList().get(4));
  }

  @Test
  void aRetiredToolWithoutSuccessorHasNoFix() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                tools: Read, TodoRead
                             ^^^^^^^^ tools/retired legacy
                ---
                You review code.
                """)
            .check();
    assertEquals(0, FixedText.only(result, "tools/retired").fixes().size());
  }

  @Test
  void aDeprecatedToolIsReportedAsRetiredNotAsUnavailable() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            tools: Read, TaskOutput
                         ^^^^^^^^^^ tools/retired deprecated
            ---
            You review code.
            """)
        .check();
  }

  @Test
  void retiredToolsAreReportedInDisallowedToolsToo() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            disallowedTools: [Write, MultiEdit]
                                     ^^^^^^^^^ tools/retired
            ---
            You review code.
            """)
        .check();
  }
}
