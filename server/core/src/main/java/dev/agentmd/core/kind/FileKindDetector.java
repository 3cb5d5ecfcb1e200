package dev.agentmd.core.kind;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Tells a file's kind from its path, the way the tools that load these files find them: Claude
 * Code reads subagents from {@code .claude/agents/**}{@code /*.md} and from a plugin's {@code
 * agents/} folder.
 */
public final class FileKindDetector {

  /** Folders whose {@code agents/} belong to other tools (Copilot, OpenCode, Cursor, Gemini). */
  private static final List<String> OTHER_TOOLS = List.of(".github", ".opencode", ".cursor", ".gemini", ".codex");

  private FileKindDetector() {}

  public static Optional<FileKind> detect(Path path) {
    List<String> segments = new ArrayList<>();
    for (Path segment : path.normalize()) {
      segments.add(segment.toString());
    }
    if (segments.isEmpty()) {
      return Optional.empty();
    }
    String fileName = segments.get(segments.size() - 1);
    String lower = fileName.toLowerCase(Locale.ROOT);
    if (!lower.endsWith(".md") || lower.equals("readme.md") || lower.endsWith(".agent.md")) {
      return Optional.empty();
    }
    for (int i = segments.size() - 2; i >= 0; i--) {
      if (segments.get(i).equals("agents")) {
        boolean claude = i > 0 && segments.get(i - 1).equals(".claude");
        boolean otherTool = i > 0 && OTHER_TOOLS.contains(segments.get(i - 1));
        if (claude || !otherTool) {
          return Optional.of(FileKind.CLAUDE_AGENT);
        }
        return Optional.empty();
      }
    }
    return Optional.empty();
  }
}
