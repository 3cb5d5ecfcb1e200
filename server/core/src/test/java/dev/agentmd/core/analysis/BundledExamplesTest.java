package dev.agentmd.core.analysis;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentmd.core.config.Settings;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.kind.FileKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The files in {@code examples/} say what they show; this keeps them honest. */
class BundledExamplesTest {

  private static final Path EXAMPLES = Path.of(System.getProperty("agentmd.repo", "../..")).resolve("examples");
  private static final AgentAnalyzer ANALYZER = AgentAnalyzer.create();

  private static List<Finding> findings(String relative) throws IOException {
    Path file = EXAMPLES.resolve(relative);
    return ANALYZER.analyze(SourceDocument.ofBytes(file, Files.readAllBytes(file)), FileKind.CLAUDE_AGENT, Settings.DEFAULTS)
        .findings();
  }

  @Test
  void theTypicalClaudeWrittenSeedAgentGetsOnlyThePortabilityWarning() throws IOException {
    List<Finding> findings = findings(".claude/agents/staff-backend-dev.md");
    assertEquals(List.of("yaml/strict-incompatible"), findings.stream().map(Finding::ruleId).toList(), findings.toString());
  }

  @Test
  void theCleanExampleIsClean() throws IOException {
    assertEquals(List.of(), findings(".claude/agents/code-reviewer.md"));
  }

  @Test
  void theExampleWithMistakesHasWarningsButNoErrors() throws IOException {
    List<Finding> findings = findings(".claude/agents/db-reader.md");
    assertTrue(findings.stream().anyMatch(f -> f.ruleId().equals("schema/unknown-key")), findings.toString());
    assertTrue(findings.stream().noneMatch(f -> f.severity() == Severity.ERROR), findings.toString());
  }

  @Test
  void everyBrokenExampleHasAnError() throws IOException {
    for (String name : List.of("unindented-examples.md", "never-closed.md", "no-name.md")) {
      List<Finding> findings = findings("broken/" + name);
      assertTrue(findings.stream().anyMatch(f -> f.severity() == Severity.ERROR), name + ": " + findings);
    }
  }
}
