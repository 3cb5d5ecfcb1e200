package dev.agentmd.app;

/** The process exit codes, part of the public API (see {@code docs/cli.md}). */
public final class ExitCodes {

  /** Nothing at error severity, and warnings within {@code --max-warnings}. */
  public static final int OK = 0;

  /** At least one error finding, or more warnings than {@code --max-warnings} allows. */
  public static final int FINDINGS = 1;

  /** A usage or I/O problem: bad option, nonexistent path, unreadable file or folder. */
  public static final int USAGE = 2;

  private ExitCodes() {}
}
