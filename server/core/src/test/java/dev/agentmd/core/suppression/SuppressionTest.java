package dev.agentmd.core.suppression;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.config.Settings;
import dev.agentmd.core.config.Settings.RuleLevel;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.rules.FixedText;
import dev.agentmd.core.testing.Fixture;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SuppressionTest {

  @Test
  void aNextLineCommentHidesTheFindingOnTheNextLine() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            # agentmd-disable-next-line tools/unknown
            tools: Read, LookupTicket
            ---
            Body.
            """)
        .checkClean();
  }

  @Test
  void aNextLineCommentDoesNotReachTwoLinesDown() {
    Fixture.of(
            """
            ---
            name: reviewer
            # agentmd-disable-next-line tools/unknown
                                        ^^^^^^^^^^^^^ suppression/unused no `tools/unknown` finding on the next line
            description: Reviews code.
            tools: Read, LookupTicket
                         ^^^^^^^^^^^^ tools/unknown
            ---
            Body.
            """)
        .check();
  }

  @Test
  void aLineCommentHidesFindingsOnItsOwnLine() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            tools: Read, LookupTicket  # agentmd-disable-line tools/unknown
            ---
            Body.
            """)
        .crlf()
        .checkClean();
  }

  @Test
  void aFileCommentHidesARuleEverywhere() {
    Fixture.of(
            """
            ---
            # agentmd-disable schema/required, tools/unknown
            name: reviewer
            tools: Read, LookupTicket
            disallowedTools: AlsoUnknown
            ---
            Body.
            """)
        .checkClean();
  }

  @Test
  void aHashInsideAValueIsNotAComment() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: |
              Reviews code.
              # agentmd-disable-next-line tools/unknown
            tools: Read, LookupTicket
                         ^^^^^^^^^^^^ tools/unknown
            model: "sonnet # agentmd-disable-line schema/enum"
            ---
            Body.
            """)
        .onlyRules("tools/unknown", "suppression/unused")
        .check();
  }

  @Test
  void aValueClaudeCodeReadsLenientlyKeepsItsHash() {
    // Claude Code reads the raw rest of the line, so the words after # are part of the description.
    Fixture.of(
            """
            ---
            name: reviewer
            description: Use when: reviewing # agentmd-disable-line yaml/strict-incompatible
                         ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ yaml/strict-incompatible
            ---
            Body.
            """)
        .check();
  }

  @Test
  void aBodyCommentHidesFindingsOfItsLine() {
    Fixture.of(
            """
            # Notes <!-- agentmd-disable-line frontmatter/missing -->
            No frontmatter here.
            <!-- agentmd-disable-next-line body/empty -->
                                           ^^^^^^^^^^ suppression/unused
            """)
        .check();
  }

  @Test
  void aBodyCommentCanCoverTheWholeFile() {
    Fixture.of(
            """
            Notes, not an agent.

            <!-- agentmd-disable frontmatter/missing -->
            """)
        .checkClean();
  }

  @Test
  void unknownRuleIdsAreReportedWithTheNearestRule() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                # agentmd-disable-next-line tools/unknwn
                                            ^^^^^^^^^^^^ suppression/unused did you mean `tools/unknown`?
                tools: Read, LookupTicket
                             ^^^^^^^^^^^^ tools/unknown
                ---
                Body.
                """)
            .check();
    Finding unused = FixedText.only(result, "suppression/unused");
    assertEquals(false, unused.fixes().get(0).safe());
    assertTrue(unused.fixes().get(1).safe());
  }

  @Test
  void theSafeFixDeletesTheWholeCommentLine() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                # agentmd-disable-next-line tools/unknown
                tools: Read
                ---
                Body.
                """)
            .crlf()
            .analyze();
    assertEquals(
        "---\r\nname: reviewer\r\ndescription: Reviews code.\r\ntools: Read\r\n---\r\nBody.\r\n",
        FixedText.afterFirstFix(result, "suppression/unused"));
  }

  @Test
  void theSafeFixOfALineCommentKeepsTheValue() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                tools: Read   # agentmd-disable-line tools/unknown
                ---
                Body.
                """)
            .analyze();
    assertEquals(
        "---\nname: reviewer\ndescription: Reviews code.\ntools: Read\n---\nBody.\n",
        FixedText.afterFirstFix(result, "suppression/unused"));
  }

  @Test
  void onlyTheUnusedIdIsRemovedWhenAnotherIsUsed() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: reviewer
                description: Reviews code.
                # agentmd-disable-next-line tools/retired tools/unknown -- from our plugin
                                            ^^^^^^^^^^^^^ suppression/unused
                tools: Read, LookupTicket
                ---
                Body.
                """)
            .check();
    assertEquals(
        "---\nname: reviewer\ndescription: Reviews code.\n"
            + "# agentmd-disable-next-line tools/unknown -- from our plugin\ntools: Read, LookupTicket\n---\nBody.\n",
        FixedText.afterFirstFix(result, "suppression/unused"));
  }

  @Test
  void aSuppressionThatNamesNoRuleIsReported() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            # agentmd-disable-next-line
            ^^^^^^^^^^^^^^^^^^^^^^^^^^^ suppression/unused names no rule
            ---
            Body.
            """)
        .check();
  }

  @Test
  void similarWordsAreNotDirectives() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            # agentmd-disabled tools/unknown
            # see agentmd-disable-next-line tools/unknown
            tools: Read, LookupTicket
                         ^^^^^^^^^^^^ tools/unknown
            ---
            Body.
            """)
        .check();
  }

  @Test
  void suppressionsOfARuleThatIsOffAreNotReported() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            # agentmd-disable-next-line tools/unknown
            tools: Read, LookupTicket
            ---
            Body.
            """)
        .with(new Settings(Map.of("tools/unknown", RuleLevel.OFF), Set.of(), Set.of()))
        .checkClean();
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            # agentmd-disable-next-line tools/unknown
            tools: Read
            ---
            Body.
            """)
        .with(new Settings(Map.of("tools/unknown", RuleLevel.OFF), Set.of(), Set.of()))
        .checkClean();
  }

  @Test
  void unusedSuppressionsCanBeSilencedForAFile() {
    Fixture.of(
            """
            ---
            # agentmd-disable suppression/unused
            name: reviewer
            description: Reviews code.
            # agentmd-disable-next-line tools/unknown
            tools: Read
            ---
            Body.
            """)
        .checkClean();
  }

  @Test
  void theRuleCanBeTurnedOff() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            # agentmd-disable-next-line tools/unknown
            tools: Read
            ---
            Body.
            """)
        .with(new Settings(Map.of("suppression/unused", RuleLevel.OFF), Set.of(), Set.of()))
        .checkClean();
  }

  @Test
  void aSuppressedErrorNoLongerCounts() {
    Fixture.of(
            """
            ---
            # agentmd-disable schema/required
            name: reviewer
            ---
            Body.
            """)
        .checkClean();
  }
}
