package dev.agentmd.app.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.agentmd.app.UsageProblem;
import dev.agentmd.core.config.Settings;
import dev.agentmd.core.kind.FileKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FileFinderTest {

  @TempDir Path root;

  @Test
  void aFolderContributesAgentFilesAndSkipsGitNodeModulesAndHiddenFoldersOtherThanDotClaude()
      throws IOException {
    touch(".claude/agents/a.md");
    touch(".claude/agents/sub/b.md");
    touch(".claude/agents/README.md");
    touch(".claude/commands/c.md");
    touch("plugin/agents/p.md");
    touch("node_modules/pkg/agents/n.md");
    touch(".git/agents/g.md");
    touch(".hidden/agents/h.md");
    touch("docs/d.md");

    assertEquals(
        List.of(".claude/agents/a.md", ".claude/agents/sub/b.md", "plugin/agents/p.md"),
        displayPaths(finder(root, Optional.empty()).find(List.of("."))));
  }

  @Test
  void aForcedKindMakesAFolderContributeEveryMarkdownFile() throws IOException {
    touch("notes/x.md");
    touch("notes/y.MD");
    touch("notes/z.txt");

    assertEquals(
        List.of("notes/x.md", "notes/y.MD"),
        displayPaths(finder(root, Optional.of(FileKind.CLAUDE_AGENT)).find(List.of("notes"))));
  }

  @Test
  void aNamedFileIsAlwaysCheckedAndDefaultsToClaudeAgent() throws IOException {
    touch("notes.txt");

    FileFinder.Found found = finder(root, Optional.empty()).find(List.of("notes.txt"));

    assertEquals(List.of("notes.txt"), displayPaths(found));
    assertEquals(FileKind.CLAUDE_AGENT, found.targets().get(0).kind());
  }

  @Test
  void aFileReachedTwiceIsCheckedOnceAndTheOutputIsSortedByPath() throws IOException {
    touch(".claude/agents/b.md");
    touch(".claude/agents/a.md");

    assertEquals(
        List.of(".claude/agents/a.md", ".claude/agents/b.md"),
        displayPaths(finder(root, Optional.empty()).find(List.of(".claude/agents/b.md", ".", "./.claude/agents/b.md"))));
  }

  @Test
  void checkingFromInsideDotClaudeAgentsStillSeesTheProjectContext() throws IOException {
    Files.createDirectories(root.resolve(".git"));
    touch(".claude/agents/a.md");
    Path inside = root.resolve(".claude/agents");

    FileFinder.Found found = finder(inside, Optional.empty()).find(List.of("."));

    assertEquals(List.of("a.md"), displayPaths(found));
    assertEquals(Optional.of(Path.of(".claude/agents/a.md")), found.targets().get(0).contextPath());
  }

  @Test
  void everyMissingPathIsReportedAndNothingIsChecked() throws IOException {
    touch(".claude/agents/a.md");

    UsageProblem problem =
        assertThrows(
            UsageProblem.class,
            () -> finder(root, Optional.empty()).find(List.of("gone.md", ".", "missing")));

    assertEquals(
        List.of("no such file or directory: gone.md", "no such file or directory: missing"), problem.lines());
  }

  private static FileFinder finder(Path cwd, Optional<FileKind> kind) {
    return new FileFinder(cwd, kind, Configs.none(Settings.DEFAULTS));
  }

  private static List<String> displayPaths(FileFinder.Found found) {
    return found.targets().stream().map(t -> t.displayPath().replace('\\', '/')).toList();
  }

  private void touch(String relative) throws IOException {
    Path file = root.resolve(relative);
    Files.createDirectories(file.getParent());
    Files.writeString(file, "---\nname: x\ndescription: y\n---\n");
  }
}
