package dev.agentmd.lsp.documents;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentmd.core.kind.FileKind;
import dev.agentmd.core.kind.FileKindDetector;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContextPathTest {

  @TempDir Path temp;

  @Test
  void aFolderNamedAgentsAboveTheProjectDoesNotMakeItsMarkdownAgents() throws IOException {
    Path project = Files.createDirectories(temp.resolve("agents/my-app"));
    Files.createDirectories(project.resolve(".git"));
    Path notes = project.resolve("docs/notes.md");
    assertEquals(Path.of("docs/notes.md"), ContextPath.of(notes));
    assertEquals(Optional.empty(), FileKindDetector.detect(ContextPath.of(notes)));
  }

  @Test
  void anAgentUnderClaudeAgentsIsStillAnAgent() throws IOException {
    Path project = Files.createDirectories(temp.resolve("agents/my-app/.claude/agents"));
    Path agent = project.resolve("reviewer.md");
    assertEquals(Path.of(".claude/agents/reviewer.md"), ContextPath.of(agent));
    assertEquals(Optional.of(FileKind.CLAUDE_AGENT), FileKindDetector.detect(ContextPath.of(agent)));
  }
}
