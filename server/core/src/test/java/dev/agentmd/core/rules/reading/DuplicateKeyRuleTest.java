package dev.agentmd.core.rules.reading;

import dev.agentmd.core.testing.Fixture;
import org.junit.jupiter.api.Test;

class DuplicateKeyRuleTest {

  private static final String TWO_MODELS =
      """
      ---
      name: reviewer
      description: Reviews code.
      model: sonnet
      model: opus
      ^^^^^ yaml/duplicate-key Duplicate key `model` (first on line 4)
      ---
      You review code.
      """;

  @Test
  void aRepeatedTopLevelKeyIsAnErrorOnItsSecondOccurrence() {
    Fixture.of(TWO_MODELS).check();
  }

  @Test
  void withCrlfLineBreaksTheFirstLineIsCountedTheSame() {
    Fixture.of(TWO_MODELS).crlf().check();
  }

  @Test
  void aRepeatedKeyInsideAHookHandlerIsAnError() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            hooks:
              Stop:
                - hooks:
                    - type: prompt
                      prompt: Did the tests pass?
                      prompt: Did the linter pass?
                      ^^^^^^ yaml/duplicate-key first on line 8
            ---
            You review code.
            """)
        .check();
  }

  @Test
  void theSameKeyInTwoDifferentMappingsIsFine() {
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
                      command: ./check-bash.sh
              PostToolUse:
                - matcher: Edit
                  hooks:
                    - type: command
                      command: ./lint.sh
            ---
            You review code.
            """)
        .checkClean();
  }
}
