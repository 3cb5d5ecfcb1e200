package dev.agentmd.core.rules.reading;

import static dev.agentmd.core.rules.reading.ByteFixture.analyze;
import static dev.agentmd.core.rules.reading.ByteFixture.assertFindings;
import static dev.agentmd.core.rules.reading.ByteFixture.bytes;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.analysis.SourceDocument;
import dev.agentmd.core.config.Settings;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.kind.FileKind;
import dev.agentmd.core.testing.Fixture;
import org.junit.jupiter.api.Test;

class MissingFrontmatterRuleTest {

  @Test
  void aFileThatStartsWithAHeadingIsOneErrorOnItsFirstLine() {
    Fixture.of(
            """
            # Reviewer
            ^^^^^^^^^^ frontmatter/missing the file must start with a `---` line
            You review code.
            """)
        .check();
  }

  @Test
  void withCrlfLineBreaksTheSpanEndsBeforeTheLineBreak() {
    Fixture.of(
            """
            # Reviewer
            ^^^^^^^^^^ frontmatter/missing
            You review code.
            """)
        .crlf()
        .check();
  }

  @Test
  void aBlankLineAboveTheFenceMeansThereIsNoFrontmatterWithAFixThatRemovesIt() {
    Fixture fixture =
        Fixture.of(
            """

            ---
            name: reviewer
            description: Reviews code.
            modle: opus
            ^^^^^ schema/unknown-key
            ---
            You review code.
            """);
    var result = fixture.onlyRules("schema/unknown-key").check();
    var missing = result.findings().stream().filter(f -> f.ruleId().equals("frontmatter/missing")).toList();
    org.junit.jupiter.api.Assertions.assertEquals(1, missing.size(), result.findings().toString());
    org.junit.jupiter.api.Assertions.assertEquals(dev.agentmd.core.text.Span.of(0, 1), missing.get(0).span());
    org.junit.jupiter.api.Assertions.assertTrue(missing.get(0).message().contains("first line"));
    org.junit.jupiter.api.Assertions.assertTrue(missing.get(0).fixes().get(0).safe());
  }

  @Test
  void anEmptyFileIsOneErrorAtItsStart() {
    AnalysisResult result = analyze(new byte[0]);
    assertFindings(result, "frontmatter/missing [0, 0) \"\"");
    assertEquals(Severity.ERROR, result.findings().get(0).severity());
  }

  @Test
  void aByteOrderMarkBeforeTheFenceIsFine() {
    assertFindings(analyze(bytes("\uFEFF---\nname: reviewer\ndescription: Reviews code.\n---\nYou review code.\n")));
  }

  @Test
  void aByteOrderMarkKeptInEditorTextIsFineAndSpansCountIt() {
    String text = "\uFEFF---\nname: reviewer\ndescription: Reviews code.\nmodle: opus\n---\nYou review code.\n";
    AnalysisResult result =
        ByteFixture.ANALYZER.analyze(
            SourceDocument.ofText(ByteFixture.PATH, text), FileKind.CLAUDE_AGENT, Settings.DEFAULTS);
    assertFindings(result, "schema/unknown-key [47, 52) \"modle\"");
  }

  @Test
  void spansOfAFileReadWithAByteOrderMarkCountFromTheTextWithoutIt() {
    AnalysisResult result =
        analyze(bytes("\uFEFF---\nname: reviewer\ndescription: Reviews code.\nmodle: opus\n---\nYou review code.\n"));
    assertFindings(result, "schema/unknown-key [46, 51) \"modle\"");
  }

  @Test
  void trailingSpacesAfterTheFencesAndNoFinalLineBreakAreFine() {
    Fixture.of("---  \nname: reviewer\ndescription: Reviews code.\n--- \nYou review code.").checkClean();
  }

  @Test
  void aFileThatEndsWithTheClosingFenceIsFine() {
    Fixture.of("---\nname: reviewer\ndescription: Reviews code.\n---").onlyRules("frontmatter/missing").checkClean();
  }
}
