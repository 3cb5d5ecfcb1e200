package dev.agentmd.core.rules.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.rules.FixedText;
import dev.agentmd.core.testing.Fixture;
import dev.agentmd.core.yaml.ScalarStyle;
import dev.agentmd.core.yaml.YamlScalar;
import org.junit.jupiter.api.Test;

/** Each tools finding underlines its own entry, however the list is written. */
class ToolEntryRangesTest {

  private static final String[] RULES = {"tools/unknown", "tools/retired", "tools/syntax", "tools/unavailable"};

  @Test
  void anEntryOfAPlainStringIsUnderlinedAlone() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            tools: Read, LS, Grep
                         ^^ tools/retired `LS` was removed
            ---
            You review code.
            """)
        .onlyRules(RULES)
        .check();
  }

  @Test
  void entriesKeepTheirRangesWhenTheFrontmatterIsReadEntryByEntry() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Use when: reviewing
                tools: Read, MultiEdit, Grep
                             ^^^^^^^^^ tools/retired
                disallowedTools: Bash(rm: *), LS
                                              ^^ tools/retired
                ---
                You review code.
                """)
            .onlyRules(RULES)
            .check();
    YamlScalar description = (YamlScalar) result.file().root().get().get("description").get();
    assertEquals(ScalarStyle.LENIENT, description.style());
    YamlScalar disallowed = (YamlScalar) result.file().root().get().get("disallowedTools").get();
    assertEquals(ScalarStyle.LENIENT, disallowed.style());
    assertEquals(
        "---\nname: reviewer\ndescription: Use when: reviewing\ntools: Read, Edit, Grep\ndisallowedTools: Bash(rm: *), LS\n---\nYou review code.\n",
        FixedText.apply(result.file().text(), result.findings().stream()
            .filter(f -> f.message().contains("MultiEdit")).findFirst().get().fixes().get(0)));
  }

  @Test
  void anEntryOfASingleQuotedStringIsFoundPastDoubledQuotes() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                tools: 'Bash(echo ''hi''), LS, Raed'
                                           ^^ tools/retired
                                               ^^^^ tools/unknown Did you mean `Read`?
                ---
                You review code.
                """)
            .onlyRules(RULES)
            .check();
    String fixed = FixedText.apply(result.file().text(), FixedText.only(result, "tools/unknown").fixes().get(0));
    assertEquals("tools: 'Bash(echo ''hi''), LS, Read'", fixed.lines().toList().get(3));
  }

  @Test
  void anEntryOfADoubleQuotedStringIsFoundPastEscapes() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                tools: "Bash(echo \\"hi\\"),\\tLS, \\x4dultiEdit"
                                            ^^ tools/retired `LS`
                                                ^^^^^^^^^^^^ tools/retired `MultiEdit`
                ---
                You review code.
                """)
            .onlyRules(RULES)
            .check();
    String fixed = FixedText.apply(result.file().text(), result.findings().get(1).fixes().get(0));
    assertEquals("tools: \"Bash(echo \\\"hi\\\"),\\tLS, Edit\"", fixed.lines().toList().get(3));
  }

  @Test
  void itemsOfAFlowListAreUnderlinedInsideTheirQuotes() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            tools: [Read, "LS", 'NotebookRead', grep]
                           ^^ tools/retired
                                 ^^^^^^^^^^^^ tools/retired
                                                ^^^^ tools/unknown Did you mean `Grep`?
            ---
            You review code.
            """)
        .onlyRules(RULES)
        .check();
  }

  @Test
  void itemsOfABlockListAreUnderlinedAlone() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            tools:
              - Read
              - LS
                ^^ tools/retired
              - "Bash(git diff:*"
                 ^^^^^^^^^^^^^^^ tools/syntax never closed
            ---
            You review code.
            """)
        .onlyRules(RULES)
        .check();
  }

  @Test
  void crlfLineBreaksDoNotShiftTheRanges() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Use when: reviewing
            tools: Read, LS
                         ^^ tools/retired
            disallowedTools:
              - 'MultiEdit'
                 ^^^^^^^^^ tools/retired
            ---
            You review code.
            """)
        .onlyRules(RULES)
        .crlf()
        .check();
  }

  @Test
  void nonAsciiTextBeforeAnEntryDoesNotShiftItsRange() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Prüft Code 🚀 gründlich.
            tools: "🚀, Grép, LS"
                    ^^ tools/unknown
                        ^^^^ tools/unknown Did you mean `Grep`?
                              ^^ tools/retired
            ---
            You review code.
            """)
        .onlyRules(RULES)
        .check();
  }

  @Test
  void aBlockScalarMapsExactlyToo() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                tools: >-
                  Read, LS
                ---
                You review code.
                """)
            .onlyRules("tools/retired")
            .analyze();
    var finding = FixedText.only(result, "tools/retired");
    assertEquals("LS", finding.span().textOf(result.file().text()));
    assertEquals("  Read, Glob", FixedText.afterFirstFix(result, "tools/retired").lines().toList().get(4));
  }
}
