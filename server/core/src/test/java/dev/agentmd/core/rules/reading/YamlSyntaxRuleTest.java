package dev.agentmd.core.rules.reading;

import dev.agentmd.core.testing.Fixture;
import org.junit.jupiter.api.Test;

class YamlSyntaxRuleTest {

  private static final String UNINDENTED_EXAMPLES =
      """
      ---
      name: reviewer
      description: Use this agent after code changes. Examples:
      <example>
      ^^^^^^^^^ yaml/syntax This line is not indented, so YAML cannot read it as part of the value of `description`
      user: "Review my change"
      </example>
      permissionMode: acceptedits
                      ^^^^^^^^^^^ schema/enum Did you mean `acceptEdits`?
      ---
      You review code.
      """;

  @Test
  void unindentedExampleLinesAreOneErrorAndTheKeysAfterThemAreStillChecked() {
    Fixture.of(UNINDENTED_EXAMPLES).check();
  }

  @Test
  void unindentedExampleLinesWithCrlfLineBreaksGiveTheSameFindings() {
    Fixture.of(UNINDENTED_EXAMPLES).crlf().check();
  }

  @Test
  void aTabUsedForIndentationIsAnErrorAtTheTab() {
    Fixture.of("---\nname: reviewer\ndescription: Reviews code.\ntools:\n\t- Read\n^ yaml/syntax Do not use\n---\nYou review code.\n")
        .check();
  }

  @Test
  void anUnclosedFlowListIsAnErrorWhereTheListOpens() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            tools: [Read, Grep
                   ^ yaml/syntax expected ',' or ']'
            ---
            You review code.
            """)
        .crlf()
        .check();
  }

  @Test
  void anIndentedLineThatStartsANewKeyIsAnErrorAtItsColon() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
              model: sonnet
                   ^ yaml/syntax mapping values are not allowed here
            ---
            You review code.
            """)
        .check();
  }

  @Test
  void aLineWithoutColonAtTheStartIsAnError() {
    Fixture.of(
            """
            ---
            name reviewer
            ^^^^^^^^^^^^^ yaml/syntax Expected `key: value` at the start of the frontmatter
            description: Reviews code.
            ---
            You review code.
            """)
        .onlyRules("yaml/syntax")
        .check();
  }

  @Test
  void aBlockScalarWithExamplesIsFine() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: |
              Use this agent after code changes. Examples:
              <example>
              user: "Review my change"
              assistant: "I'll use the reviewer agent."
              </example>
            ---
            You review code.
            """)
        .crlf()
        .checkClean();
  }
}
