package dev.agentmd.core.rules.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentmd.core.analysis.AgentAnalyzer;
import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.analysis.SourceDocument;
import dev.agentmd.core.config.Settings;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.kind.FileKind;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/**
 * Analyses raw bytes, as the CLI reads files from disk, for the problems a text fixture cannot
 * show: byte order marks, invalid UTF-8 and binary content.
 */
final class ByteFixture {

  static final AgentAnalyzer ANALYZER = AgentAnalyzer.create();
  static final Path PATH = Path.of(".claude/agents/reviewer.md");

  private ByteFixture() {}

  static AnalysisResult analyze(byte[] bytes) {
    return ANALYZER.analyze(SourceDocument.ofBytes(PATH, bytes), FileKind.CLAUDE_AGENT, Settings.DEFAULTS);
  }

  /** Concatenates strings (written as UTF-8) and {@code int[]} runs of raw bytes. */
  static byte[] bytes(Object... parts) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    for (Object part : parts) {
      if (part instanceof String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
      } else if (part instanceof int[] raw) {
        for (int b : raw) {
          out.write(b);
        }
      } else {
        throw new IllegalArgumentException("not text or int[]: " + part);
      }
    }
    return out.toByteArray();
  }

  static int[] raw(int... values) {
    return values;
  }

  /** Each finding as {@code rule-id [start, end) "text"}, for readable comparisons. */
  static List<String> rendered(AnalysisResult result) {
    return result.findings().stream().map(f -> render(result, f)).toList();
  }

  static String render(AnalysisResult result, Finding finding) {
    return finding.ruleId() + " " + finding.span() + " \"" + finding.span().textOf(result.file().text()) + "\"";
  }

  static void assertFindings(AnalysisResult result, String... expected) {
    assertEquals(List.of(expected), rendered(result), () -> "messages: " + result.findings());
  }
}
