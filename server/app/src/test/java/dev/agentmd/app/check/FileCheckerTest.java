package dev.agentmd.app.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentmd.core.analysis.AgentAnalyzer;
import dev.agentmd.core.config.Settings;
import dev.agentmd.core.kind.FileKind;
import dev.agentmd.core.rules.RuleCatalog;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileCheckerTest {

  private final FileChecker checker = new FileChecker(AgentAnalyzer.create());

  @Test
  void anUnreadableFileAndAFailingFileDoNotStopTheOthersAndTheOrderIsKept() {
    List<CheckTarget> targets = new ArrayList<>();
    targets.add(target("alpha.md", () -> clean("alpha")));
    targets.add(target("bravo.md", () -> { throw new AccessDeniedException("bravo.md"); }));
    targets.add(target("charlie.md", () -> { throw new IllegalStateException("boom"); }));
    targets.add(target("delta.md", () -> clean("delta")));

    List<FileOutcome> outcomes = checker.checkAll(targets);

    assertEquals(List.of("alpha.md", "bravo.md", "charlie.md", "delta.md"), outcomes.stream().map(FileOutcome::displayPath).toList());
    assertNoInternalError(outcomes.get(0));
    assertEquals("permission denied", assertInstanceOf(FileOutcome.Unreadable.class, outcomes.get(1)).reason());
    FileOutcome.Checked failed = assertInstanceOf(FileOutcome.Checked.class, outcomes.get(2));
    assertEquals(RuleCatalog.INTERNAL_ERROR, failed.findings().get(0).ruleId());
    assertTrue(failed.findings().get(0).message().contains("boom"));
    assertNoInternalError(outcomes.get(3));
  }

  @Test
  void manyFilesComeBackInTheOrderTheyWereGiven() {
    List<CheckTarget> targets = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      String name = String.format("a%03d", i);
      targets.add(target(name + ".md", () -> clean(name)));
    }

    List<FileOutcome> outcomes = checker.checkAll(targets);

    assertEquals(
        targets.stream().map(CheckTarget::displayPath).toList(),
        outcomes.stream().map(FileOutcome::displayPath).toList());
  }

  private static void assertNoInternalError(FileOutcome outcome) {
    FileOutcome.Checked checked = assertInstanceOf(FileOutcome.Checked.class, outcome);
    assertTrue(checked.findings().stream().noneMatch(f -> f.ruleId().equals(RuleCatalog.INTERNAL_ERROR)));
  }

  private static byte[] clean(String name) {
    return ("---\nname: " + name + "\ndescription: A clean agent.\n---\n\nBody.\n").getBytes(StandardCharsets.UTF_8);
  }

  private static CheckTarget target(String name, CheckTarget.Content content) {
    return new CheckTarget(
        name, Optional.of(Path.of(".claude/agents", name)), FileKind.CLAUDE_AGENT, Settings.DEFAULTS, Optional.empty(), content);
  }
}
