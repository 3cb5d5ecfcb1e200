package dev.agentmd.core.rules.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.finding.Edit;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.text.Span;
import dev.agentmd.core.testing.Fixture;
import java.util.List;
import org.junit.jupiter.api.Test;

class UnclosedFrontmatterRuleTest {

  private static final String NEVER_CLOSED =
      """
      ---
      ^^^ frontmatter/unclosed never closed with a `---` line
      name: reviewer
      description: Reviews code.
      modle: opus
      ^^^^^ schema/unknown-key

      You review code.
      """;

  @Test
  void aFrontmatterWithoutClosingFenceIsAnErrorAtItsOpeningAndItsKeysAreStillChecked() {
    AnalysisResult result = Fixture.of(NEVER_CLOSED).check();
    Fix fix = onlyFix(result);
    assertEquals("Close the frontmatter with `---`", fix.title());
    assertFalse(fix.safe());
    String text = result.file().text();
    int afterYaml = text.indexOf("\n\nYou review") + 1;
    assertEquals(List.of(new Edit.Replace(Span.empty(afterYaml), "---\n")), fix.edits());
  }

  @Test
  void withCrlfLineBreaksTheFindingsAndTheInsertionPointMoveWithTheText() {
    AnalysisResult result = Fixture.of(NEVER_CLOSED).crlf().check();
    String text = result.file().text();
    int afterYaml = text.indexOf("\r\n\r\nYou review") + 2;
    Edit.Replace insertion = (Edit.Replace) onlyFix(result).edits().get(0);
    assertEquals(Span.empty(afterYaml), insertion.span());
    assertTrue(insertion.newText().startsWith("---"), insertion.newText());
  }

  @Test
  void aLineOfFiveDashesMeantToCloseItGetsASafeFix() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                ^^^ frontmatter/unclosed the line of 5 dashes meant to close it must be exactly `---`
                name: reviewer
                description: Reviews code.
                -----
                You review code.
                """)
            .check();
    Fix fix = onlyFix(result);
    assertTrue(fix.safe());
    int dashes = result.file().text().indexOf("-----");
    assertEquals(List.of(new Edit.Replace(Span.of(dashes, dashes + 5), "---")), fix.edits());
  }

  @Test
  void theFiveDashesFixAlsoWorksWithCrlfLineBreaks() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                ^^^ frontmatter/unclosed
                name: reviewer
                description: Reviews code.
                -----
                You review code.
                """)
            .crlf()
            .check();
    int dashes = result.file().text().indexOf("-----");
    assertEquals(List.of(new Edit.Replace(Span.of(dashes, dashes + 5), "---")), onlyFix(result).edits());
  }

  @Test
  void aClosingFenceWithTrailingSpacesClosesTheFrontmatter() {
    Fixture.of("---\nname: reviewer\ndescription: Reviews code.\n---   \nYou review code.\n").checkClean();
  }

  @Test
  void aFenceLaterInTheBodyIsJustMarkdown() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            ---
            You review code.

            ---

            A horizontal rule above.
            """)
        .checkClean();
  }

  private static Fix onlyFix(AnalysisResult result) {
    List<Finding> unclosed = result.findings().stream().filter(f -> f.ruleId().equals("frontmatter/unclosed")).toList();
    assertEquals(1, unclosed.size(), () -> result.findings().toString());
    assertEquals(1, unclosed.get(0).fixes().size(), () -> unclosed.get(0).fixes().toString());
    return unclosed.get(0).fixes().get(0);
  }
}
