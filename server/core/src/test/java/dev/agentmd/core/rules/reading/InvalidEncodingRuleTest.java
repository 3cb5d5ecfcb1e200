package dev.agentmd.core.rules.reading;

import static dev.agentmd.core.rules.reading.ByteFixture.analyze;
import static dev.agentmd.core.rules.reading.ByteFixture.assertFindings;
import static dev.agentmd.core.rules.reading.ByteFixture.bytes;
import static dev.agentmd.core.rules.reading.ByteFixture.raw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.finding.Severity;
import org.junit.jupiter.api.Test;

class InvalidEncodingRuleTest {

  /** {@code é} in Windows-1252: one byte that UTF-8 cannot start a character with. */
  private static final int[] LATIN1_E_ACUTE = raw(0xE9);

  @Test
  void aWindows1252ByteIsAnErrorAtTheReplacementCharacter() {
    AnalysisResult result =
        analyze(bytes("---\nname: reviewer\ndescription: Reviews caf", LATIN1_E_ACUTE, " code.\n---\nYou review code.\n"));
    assertFindings(result, "file/encoding [43, 44) \"\uFFFD\"");
    Finding finding = result.findings().get(0);
    assertEquals(Severity.ERROR, finding.severity());
    assertTrue(finding.message().contains("not valid UTF-8"), finding.message());
  }

  @Test
  void withCrlfLineBreaksTheSpanStillCoversTheBadByte() {
    AnalysisResult result =
        analyze(bytes("---\r\nname: reviewer\r\ndescription: Reviews caf", LATIN1_E_ACUTE, " code.\r\n---\r\nYou review code.\r\n"));
    assertFindings(result, "file/encoding [45, 46) \"\uFFFD\"");
  }

  @Test
  void afterAByteOrderMarkTheSpanCountsFromTheTextWithoutIt() {
    AnalysisResult result =
        analyze(bytes(raw(0xEF, 0xBB, 0xBF), "---\nname: reviewer\ndescription: Reviews caf", LATIN1_E_ACUTE, " code.\n---\nYou review code.\n"));
    assertFindings(result, "file/encoding [43, 44) \"\uFFFD\"");
  }

  @Test
  void onlyTheFirstBadByteIsReportedAndTheRestOfTheFileIsStillChecked() {
    AnalysisResult result =
        analyze(
            bytes(
                "---\nname: reviewer\ndescription: Reviews caf", LATIN1_E_ACUTE, " code.\nmodle: opus\n---\nYou review ",
                raw(0xFF, 0xFE), " code.\n"));
    assertFindings(result, "file/encoding [43, 44) \"\uFFFD\"", "schema/unknown-key [51, 56) \"modle\"");
  }

  @Test
  void aCharacterCutOffAtTheEndOfTheFileIsReported() {
    AnalysisResult result =
        analyze(bytes("---\nname: reviewer\ndescription: Reviews code.\n---\nYou review code ", raw(0xE2, 0x82)));
    assertEquals(1, result.findings().size(), () -> result.findings().toString());
    assertEquals("file/encoding", result.findings().get(0).ruleId());
  }

  @Test
  void validUtf8WithAccentsAndEmojiHasNoFindings() {
    assertFindings(analyze(bytes("---\nname: reviewer\ndescription: Reviews café code — carefully 🔍.\n---\nYou review code.\n")));
  }
}
