package dev.agentmd.core.kind;

import java.nio.file.Path;

/** Where an agent file lives decides a few runtime behaviours (formats.md §1.1, §1.6). */
public final class AgentLocation {

  private AgentLocation() {}

  /**
   * True for a plugin's agent ({@code <plugin>/agents/**}), false for a project, user or managed
   * one ({@code .claude/agents/**}). Plugin agents without {@code name} load under their file name,
   * and ignore {@code hooks}, {@code mcpServers} and {@code permissionMode}.
   */
  public static boolean isPluginAgent(Path path) {
    // The nearest `agents` folder decides, as in FileKindDetector: a project may itself live
    // under some unrelated `agents` folder.
    Path normalized = path.normalize();
    for (int i = normalized.getNameCount() - 2; i >= 0; i--) {
      if (normalized.getName(i).toString().equals("agents")) {
        return i == 0 || !normalized.getName(i - 1).toString().equals(".claude");
      }
    }
    return false;
  }
}
