package dev.agentmd.app;

import java.util.List;

/**
 * A problem with what the user asked for (an option, a path, unreadable input) rather than with the
 * files checked. {@link Main} prints each line with an {@code agentmd:} prefix, never a stack
 * trace, and exits with {@link ExitCodes#USAGE}.
 */
public final class UsageProblem extends RuntimeException {

  private final List<String> lines;

  public UsageProblem(String message) {
    this(List.of(message));
  }

  public UsageProblem(List<String> lines) {
    super(String.join("; ", lines), null, false, false);
    this.lines = List.copyOf(lines);
  }

  public List<String> lines() {
    return lines;
  }
}
