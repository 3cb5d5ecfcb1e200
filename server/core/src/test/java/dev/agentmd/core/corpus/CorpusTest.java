package dev.agentmd.core.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.agentmd.core.analysis.AgentAnalyzer;
import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.analysis.SourceDocument;
import dev.agentmd.core.config.Settings;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.kind.FileKind;
import dev.agentmd.core.rules.RuleCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Runs the analyzer over every real Claude agent file in the shared corpus: no crash, no internal
 * error. It prints findings per rule and severity, and writes every error-level finding to {@code
 * target/corpus-errors.txt} for review. Skips when the corpus is absent (a user's clone has none).
 */
class CorpusTest {

  private static final Path CORPUS = Path.of(System.getProperty("agentmd.corpus", "../../../shared/corpus"));

  @Test
  void everyCorpusAgentFileIsAnalysedWithoutCrashOrInternalError() throws IOException {
    Path manifest = CORPUS.resolve("MANIFEST.tsv");
    assumeTrue(Files.isRegularFile(manifest), "corpus not found at " + CORPUS.toAbsolutePath() + " (set -Dagentmd.corpus); skipping");
    AgentAnalyzer analyzer = AgentAnalyzer.create();
    Map<String, Integer> counts = new TreeMap<>();
    List<String> internalErrors = new ArrayList<>();
    List<String> errors = new ArrayList<>();
    List<String> all = new ArrayList<>();
    int files = 0;
    for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
      String[] columns = line.split("\t");
      if (columns.length < 5 || !columns[0].equals("claude-agents")) {
        continue;
      }
      Path file = CORPUS.resolve(columns[4]);
      AnalysisResult result =
          analyzer.analyze(SourceDocument.ofBytes(file, Files.readAllBytes(file)), FileKind.CLAUDE_AGENT, Settings.DEFAULTS);
      files++;
      for (Finding finding : result.findings()) {
        counts.merge(finding.ruleId() + " " + finding.severity().id(), 1, Integer::sum);
        String where = columns[4] + ":" + (result.file().lines().lineOf(finding.span().start()) + 1);
        if (finding.ruleId().equals(RuleCatalog.INTERNAL_ERROR)) {
          internalErrors.add(where + " " + finding.message());
        }
        all.add(finding.ruleId() + "\t" + finding.severity().id() + "\t" + where + "\t"
            + finding.span().textOf(result.file().text()).replace("\n", "\\n").replace("\t", " ") + "\t" + finding.message());
        if (finding.severity() == Severity.ERROR) {
          errors.add(where + " " + finding.ruleId() + " " + finding.message());
        }
      }
    }
    System.out.println("corpus: " + files + " claude-agents files");
    counts.forEach((rule, count) -> System.out.printf("  %-36s %6d%n", rule, count));
    Path report = Path.of("target", "corpus-errors.txt");
    Files.createDirectories(report.getParent());
    Files.write(report, errors, StandardCharsets.UTF_8);
    Files.write(Path.of("target", "corpus-findings.tsv"), all, StandardCharsets.UTF_8);
    assertEquals(List.of(), internalErrors);
  }
}
