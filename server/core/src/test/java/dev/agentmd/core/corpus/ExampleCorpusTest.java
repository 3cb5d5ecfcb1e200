package dev.agentmd.core.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.agentmd.core.analysis.AgentAnalyzer;
import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.analysis.SourceDocument;
import dev.agentmd.core.config.Settings;
import dev.agentmd.core.examples.DescriptionExamples;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.kind.FileKind;
import dev.agentmd.core.rules.RuleCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/**
 * Reports how the {@code <example>} analysis fares on every real Claude agent file of the shared
 * corpus: files whose description has examples, examples in all, descriptions whose source map
 * fell back to the whole value, and findings per example rule. Every example finding goes to
 * {@code target/example-corpus-findings.tsv} (rule, severity, file:line, source text of the span,
 * message) for review. Known defects must be found and known traps must stay clean. Skips when the
 * corpus is absent.
 */
class ExampleCorpusTest {

  private static final Path CORPUS = Path.of(System.getProperty("agentmd.corpus", "../../../shared/corpus"));
  private static final String AGENTS = "claude-agents/";

  /** Files with a real defect in their examples, and the rule that must report it. */
  private static final Map<String, String> KNOWN_DEFECTS =
      Map.of(
          "laywill__awesome-claude-code-subagents/categories/18-api-and-service-integration/api-client-generator.md",
          "example/malformed-tag",
          "laywill__awesome-claude-code-subagents/categories/16-dependency-and-package-management/vulnerability-patcher.md",
          "example/malformed-tag");

  /** Files whose examples are well-formed although something nearby looks like a tag. */
  private static final List<String> KNOWN_CLEAN =
      List.of("davila7__claude-code-templates/cli-tool/components/agents/ai-specialists/prompt-engineer.md");

  @Test
  void everyExampleFindingOfTheCorpusIsListedForReview() throws IOException {
    Path manifest = CORPUS.resolve("MANIFEST.tsv");
    assumeTrue(Files.isRegularFile(manifest), "corpus not found at " + CORPUS.toAbsolutePath() + " (set -Dagentmd.corpus); skipping");
    AgentAnalyzer analyzer = AgentAnalyzer.create();
    Map<String, Integer> counts = new TreeMap<>();
    Map<String, List<String>> rulesByFile = new TreeMap<>();
    List<String> rows = new ArrayList<>();
    List<String> internalErrors = new ArrayList<>();
    List<String> coarse = new ArrayList<>();
    int files = 0;
    int withExamples = 0;
    int examples = 0;
    for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
      String[] columns = line.split("\t");
      if (columns.length < 5 || !columns[0].equals("claude-agents")) {
        continue;
      }
      Path file = CORPUS.resolve(columns[4]);
      AnalysisResult result =
          analyzer.analyze(SourceDocument.ofBytes(file, Files.readAllBytes(file)), FileKind.CLAUDE_AGENT, Settings.DEFAULTS);
      files++;
      Optional<DescriptionExamples> found = DescriptionExamples.of(result.file());
      if (found.isPresent() && !found.get().blocks().isEmpty()) {
        withExamples++;
        examples += found.get().blocks().size();
        if (!found.get().text().exact()) {
          coarse.add(columns[4] + " (" + found.get().description().style() + ")");
        }
      }
      String name = columns[4].substring(AGENTS.length());
      for (Finding finding : result.findings()) {
        if (finding.ruleId().equals(RuleCatalog.INTERNAL_ERROR)) {
          internalErrors.add(name + " " + finding.message());
        }
        if (!finding.ruleId().startsWith("example/")) {
          continue;
        }
        counts.merge(finding.ruleId() + " " + finding.severity().id(), 1, Integer::sum);
        rulesByFile.computeIfAbsent(name, k -> new ArrayList<>()).add(finding.ruleId());
        String where = name + ":" + (result.file().lines().lineOf(finding.span().start()) + 1);
        String source = finding.span().textOf(result.file().text()).replace("\r", "\\r").replace("\n", "\\n").replace("\t", " ");
        rows.add(finding.ruleId() + "\t" + finding.severity().id() + "\t" + where + "\t" + source + "\t" + finding.message());
      }
    }
    System.out.println("example corpus: " + files + " claude-agents files, " + withExamples + " with examples, "
        + examples + " examples, " + coarse.size() + " with a coarse source map " + coarse);
    counts.forEach((rule, count) -> System.out.printf("  %-36s %6d%n", rule, count));
    Path report = Path.of("target", "example-corpus-findings.tsv");
    Files.createDirectories(report.getParent());
    Files.write(report, rows, StandardCharsets.UTF_8);

    assertEquals(List.of(), internalErrors);
    KNOWN_DEFECTS.forEach((file, rule) -> assertTrue(
        rulesByFile.getOrDefault(file, List.of()).contains(rule), file + " should get " + rule));
    for (String file : KNOWN_CLEAN) {
      assertEquals(List.of(), rulesByFile.getOrDefault(file, List.of()), file + " should get no example finding");
    }
    Path seed = CORPUS.resolve("../examples/staff-backend-dev.md");
    if (Files.isRegularFile(seed)) {
      List<String> seedFindings =
          analyzer.analyze(SourceDocument.ofBytes(seed, Files.readAllBytes(seed)), FileKind.CLAUDE_AGENT, Settings.DEFAULTS)
              .findings().stream().map(Finding::ruleId).filter(id -> id.startsWith("example/")).toList();
      assertEquals(List.of(), seedFindings, "the seed agent " + seed + " should get no example finding");
    }
  }
}
