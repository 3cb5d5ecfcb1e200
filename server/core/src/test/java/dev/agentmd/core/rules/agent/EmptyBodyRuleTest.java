package dev.agentmd.core.rules.agent;

import dev.agentmd.core.testing.Fixture;
import org.junit.jupiter.api.Test;

class EmptyBodyRuleTest {

  @Test
  void aFileThatEndsWithTheFrontmatterHasNoSystemPrompt() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            ---
            ^^^ body/empty no system prompt
            """)
        .check();
  }

  @Test
  void blankLinesAreNoSystemPromptEither() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            ---
            ^^^ body/empty

            \t
            """)
        .crlf()
        .check();
  }

  @Test
  void anUnclosedFrontmatterIsLeftToItsOwnRule() {
    Fixture.of("---\nname: reviewer\ndescription: Reviews code.\n")
        .onlyRules("body/empty")
        .checkClean();
  }

  @Test
  void aBodyIsFine() {
    Fixture.of("---\nname: reviewer\ndescription: Reviews code.\n---\nYou review code.").checkClean();
  }
}
