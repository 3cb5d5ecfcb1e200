package dev.agentmd.core.rules.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.rules.FixedText;
import dev.agentmd.core.testing.Fixture;
import org.junit.jupiter.api.Test;

class CommentInValueRuleTest {

  @Test
  void aHashInAPlainValueCutsItShortAndTheFixQuotesTheWholeValue() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Fixes issue #12 and friends
                                         ^^^^^^^^^^^^^^^ yaml/comment-in-value so `description` is `Fixes issue`
                ---
                You review code.
                """)
            .check();
    assertEquals(
        "description: 'Fixes issue #12 and friends'",
        FixedText.afterFirstFix(result, "yaml/comment-in-value").lines().toList().get(2));
  }

  @Test
  void aCommentWithASpaceAfterTheHashIsDeliberate() {
    Fixture.of("---\nname: reviewer\ndescription: Reviews code.\nmodel: sonnet # fast\n---\nBody.\n").checkClean();
  }

  @Test
  void quotedAndLenientValuesKeepTheirHash() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: 'Fixes #12'
            initialPrompt: Use when: fixing #12
            ---
            You review code.
            """)
        .onlyRules("yaml/comment-in-value")
        .checkClean();
  }

  @Test
  void aValueThatIsOnlyACommentIsEmpty() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: #todo
                         ^^^^^ yaml/comment-in-value is empty
            ---
            You review code.
            """)
        .onlyRules("yaml/comment-in-value")
        .check();
  }

  @Test
  void nestedValuesAreCheckedToo() {
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
                      command: ./check.sh #1
                                          ^^ yaml/comment-in-value `command` is `./check.sh`
            ---
            You review code.
            """)
        .crlf()
        .check();
  }
}
