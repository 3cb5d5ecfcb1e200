package dev.agentmd.core.syntax;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.testing.Fixture;
import dev.agentmd.core.yaml.ScalarStyle;
import dev.agentmd.core.yaml.YamlScalar;
import org.junit.jupiter.api.Test;

class ClaudeCompatibleReadingTest {

  @Test
  void aOneLineDescriptionWithContextColonIsReadAsClaudeCodeReadsItWithOneWarning() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Use this agent when reviewing.\\n\\n<example>\\nContext: a PR\\nuser: "review"\\nassistant: "On it"\\n</example>
                             ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ yaml/strict-incompatible strict YAML
                modle: opus
                ^^^^^ schema/unknown-key Did you mean `model`?
                ---
                You review code.
                """)
            .check();
    YamlScalar description = (YamlScalar) result.file().root().get().get("description").get();
    assertEquals(ScalarStyle.LENIENT, description.style());
    assertEquals(
        "Use this agent when reviewing.\\n\\n<example>\\nContext: a PR\\nuser: \"review\"\\nassistant: \"On it\"\\n</example>",
        description.value());
  }

  @Test
  void theSameFileWithCrlfLineEndingsGivesTheSameFindings() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Use when: reviewing
                         ^^^^^^^^^^^^^^^^^^^ yaml/strict-incompatible
            modle: opus
            ^^^^^ schema/unknown-key
            ---
            You review code.
            """)
        .crlf()
        .check();
  }

  @Test
  void anUnindentedMultiLineDescriptionIsOneErrorAndTheOtherKeysAreStillChecked() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Use this agent when reviewing. Examples:
            <example>
            ^^^^^^^^^ yaml/syntax not indented
            Context: a PR
            user: "review it"
            assistant: "I'll use the reviewer agent"
            </example>
            model: sonet
                   ^^^^^ agent/model Did you mean `sonnet`?
            ---
            You review code.
            """)
        .check();
  }

  @Test
  void aTabIndentedValueIsAnErrorAndTheKeysAroundItAreStillChecked() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            tools:
            \t- Read
            ^ yaml/syntax Do not use
            modle: opus
            ^^^^^ schema/unknown-key
            ---
            Body.
            """)
        .check();
  }

  @Test
  void anUnclosedFlowListIsAnErrorNotALenientString() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code. Use when: a PR is open
                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ yaml/strict-incompatible
            tools: [Read, Grep
                   ^ yaml/syntax flow sequence
            ---
            Body.
            """)
        .check();
  }

  @Test
  void aDuplicateKeyIsAnErrorOnTheSecondOccurrence() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            name: other
            ^^^^ yaml/duplicate-key first on line 2
            ---
            Body.
            """)
        .check();
  }

  @Test
  void aFileWithoutFrontmatterIsOneError() {
    Fixture.of(
            """
            # Reviewer
            ^^^^^^^^^^ frontmatter/missing
            You review code.
            """)
        .check();
  }

  @Test
  void anUnclosedFrontmatterIsReportedAtItsOpeningAndItsKeysAreStillChecked() {
    Fixture.of(
            """
            ---
            ^^^ frontmatter/unclosed
            name: reviewer
            description: Reviews code.
            modle: opus
            ^^^^^ schema/unknown-key

            You review code.
            """)
        .check();
  }

  @Test
  void aBillionLaughsFileEndsAtOnceWithAFinding() {
    StringBuilder yaml = new StringBuilder("---\nname: reviewer\ndescription: Reviews.\na0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 12; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }
    yaml.append("---\nBody.\n");
    AnalysisResult result = Fixture.of(yaml.toString()).analyze();
    assertEquals(1, result.findings().stream().filter(f -> f.ruleId().equals("yaml/too-complex")).count(), result.findings().toString());
  }
}
