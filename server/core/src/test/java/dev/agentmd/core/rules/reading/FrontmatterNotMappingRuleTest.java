package dev.agentmd.core.rules.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.testing.Fixture;
import org.junit.jupiter.api.Test;

class FrontmatterNotMappingRuleTest {

  @Test
  void aLineOfTextIsOneErrorAndNothingElse() {
    Fixture.of(
            """
            ---
            A reviewer that reviews code
            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ frontmatter/not-mapping but this is a string
            ---
            You review code.
            """)
        .check();
  }

  @Test
  void withCrlfLineBreaksTheSpanEndsBeforeTheLineBreak() {
    Fixture.of(
            """
            ---
            A reviewer that reviews code
            ^^^^^^^^^^^^^^^^^^^^^^^^^^^^ frontmatter/not-mapping
            ---
            You review code.
            """)
        .crlf()
        .check();
  }

  @Test
  void aFlowListIsOneErrorAndNothingElse() {
    Fixture.of(
            """
            ---
            [reviewer, Reviews code.]
            ^^^^^^^^^^^^^^^^^^^^^^^^^ frontmatter/not-mapping but this is a list
            ---
            You review code.
            """)
        .check();
  }

  @Test
  void aBlockListIsOneErrorThatStartsAtItsFirstItem() {
    AnalysisResult result =
        Fixture.of("---\n- name: reviewer\n- description: Reviews code.\n---\nYou review code.\n").analyze();
    assertEquals(1, result.findings().size(), () -> result.findings().toString());
    Finding finding = result.findings().get(0);
    assertEquals("frontmatter/not-mapping", finding.ruleId());
    assertEquals(4, finding.span().start());
    assertTrue(finding.message().contains("but this is a list"), finding.message());
  }

  @Test
  void anEmptyFrontmatterIsAnEmptyMappingNotAnError() {
    Fixture.of("---\n---\nYou review code.\n").onlyRules("frontmatter/not-mapping", "yaml/syntax").checkClean();
  }

  @Test
  void aMappingIsFine() {
    Fixture.of("---\nname: reviewer\ndescription: Reviews code.\n---\nYou review code.\n").checkClean();
  }
}
