package dev.agentmd.core.rules.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.testing.Fixture;
import org.junit.jupiter.api.Test;

class IgnoredMatcherRuleTest {

  @Test
  void aMatcherOnStopIsIgnored() {
    var result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                hooks:
                  Stop:
                    - matcher: "Bash"
                      ^^^^^^^^^^^^^^^ hooks/matcher-ignored run on every `Stop` event
                      hooks:
                        - type: command
                          command: ./scripts/check.sh
                ---
                You review code.
                """)
            .check();
    assertEquals(Severity.INFO, result.findings().get(0).severity());
  }

  @Test
  void aMatcherOnAToolEventIsUsed() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            hooks:
              PreToolUse:
                - matcher: Bash
                  hooks:
                    - type: command
                      command: ./scripts/check.sh
            ---
            You review code.
            """)
        .checkClean();
  }

  @Test
  void aMatchAllMatcherChangesNothingAndIsNotReported() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            hooks:
              UserPromptSubmit:
                - matcher: "*"
                  hooks: [{type: command, command: ./a.sh}]
                - matcher: ""
                  hooks: [{type: command, command: ./b.sh}]
            ---
            You review code.
            """)
        .checkClean();
  }
}
