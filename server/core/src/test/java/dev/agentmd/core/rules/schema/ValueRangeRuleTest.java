package dev.agentmd.core.rules.schema;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.testing.Fixture;
import org.junit.jupiter.api.Test;

class ValueRangeRuleTest {

  @Test
  void zeroTurnsIsAWarning() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                maxTurns: 0
                          ^ schema/range `maxTurns` must be at least 1.
                ---
                You review code.
                """)
            .crlf()
            .check();
    assertEquals(Severity.WARNING, result.findings().get(0).severity());
  }

  @Test
  void aNegativeTurnCountIsAWarning() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            maxTurns: -5
                      ^^ schema/range `maxTurns` must be at least 1.
            ---
            You review code.
            """)
        .check();
  }

  @Test
  void aZeroHookTimeoutIsAWarning() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            hooks:
              Stop:
                - hooks:
                    - type: command
                      command: ./check.sh
                      timeout: 0
                               ^ schema/range `hooks.Stop[0].hooks[0].timeout` must be greater than 0.
            ---
            You review code.
            """)
        .check();
  }

  @Test
  void valuesInRangeAreFine() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            maxTurns: 1
            hooks:
              Stop:
                - hooks:
                    - type: command
                      command: ./check.sh
                      timeout: 0.5
            ---
            You review code.
            """)
        .checkClean();
  }
}
