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
    Path previous = null;
    for (Path segment : path.normalize()) {
      if (segment.toString().equals("agents")) {
        return previous == null || !previous.toString().equals(".claude");
      }
      previous = segment;
    }
    return false;
  }
}
