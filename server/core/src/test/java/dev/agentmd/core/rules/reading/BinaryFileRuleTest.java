package dev.agentmd.core.rules.reading;

import static dev.agentmd.core.rules.reading.ByteFixture.analyze;
import static dev.agentmd.core.rules.reading.ByteFixture.assertFindings;
import static dev.agentmd.core.rules.reading.ByteFixture.bytes;
import static dev.agentmd.core.rules.reading.ByteFixture.raw;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeout;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.finding.Severity;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class BinaryFileRuleTest {

  @Test
  void anImageSavedAsAnAgentFileIsOneErrorAndNothingElse() {
    AnalysisResult result =
        analyze(bytes(raw(0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 0x0D, 'I', 'H', 'D', 'R')));
    assertFindings(result, "file/binary [0, 0) \"\"");
    assertEquals(Severity.ERROR, result.findings().get(0).severity());
    assertTrue(result.findings().get(0).message().contains("binary file (it contains NUL bytes)"));
  }

  @Test
  void aNulByteInsideTheFrontmatterMakesTheWholeFileBinary() {
    AnalysisResult result =
        analyze(bytes("---\r\nname: reviewer", raw(0), "\r\ndescription: Reviews code.\r\n---\r\nYou review code.\r\n"));
    assertFindings(result, "file/binary [0, 0) \"\"");
  }

  @Test
  void aTextAgentFileWithCrlfLineBreaksIsNotBinary() {
    assertFindings(analyze(bytes("---\r\nname: reviewer\r\ndescription: Reviews code.\r\n---\r\nYou review code.\r\n")));
  }

  @Test
  void aFiveMegabyteAgentFileIsReadQuicklyAndHasNoFindings() {
    StringBuilder text = new StringBuilder("---\nname: reviewer\ndescription: Reviews code.\n---\n");
    String paragraph = "You review code for correctness, security and readability. ".repeat(16) + "\n";
    while (text.length() < 5 * 1024 * 1024) {
      text.append(paragraph);
    }
    byte[] file = bytes(text.toString());
    AnalysisResult result = assertTimeout(Duration.ofSeconds(10), () -> analyze(file));
    assertFindings(result);
  }
}
