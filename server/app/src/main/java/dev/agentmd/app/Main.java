package dev.agentmd.app;

import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.ParameterException;

/**
 * The {@code agentmd} command: parses the command line with picocli and hands over to one
 * subcommand class.
 *
 * <p>{@link #run} is the testable entry point; {@link #main} is the only place that calls {@code
 * System.exit}. Usage problems and unexpected failures become one line on stderr and exit code 2;
 * stack traces appear only with {@code -Dagentmd.debug=true}.
 *
 * <p>The commands are described with picocli's programmatic API rather than annotations: reading
 * annotations costs reflection and one dynamic proxy class per annotation, about 35 ms of every
 * run, which matters for a tool that is started once per file by editors and hooks.
 */
public final class Main implements Callable<Integer> {

  private final CommandIo io;
  private final CommandSpec spec;

  private Main(CommandIo io) {
    this.io = io;
    this.spec = CommandSpec.wrapWithoutInspection(this).name("agentmd").version("agentmd " + version());
    spec.usageMessage()
        .synopsisSubcommandLabel("COMMAND")
        .description(
            "Checks agent markdown files (Claude Code subagents) the way the tools that load them read them.")
        .footer("", "Run 'agentmd COMMAND --help' for a command's options.");
    spec.addOption(
        OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help and exit.").build());
    spec.addOption(
        OptionSpec.builder("-V", "--version").versionHelp(true).description("Print the version and exit.").build());
  }

  public static void main(String[] args) {
    System.exit(run(args, CommandIo.system()));
  }

  /** Runs one command line against the given surroundings and returns the exit code. */
  public static int run(String[] args, CommandIo io) {
    try {
      CommandLine cli = new CommandLine(new Main(io).spec);
      cli.addSubcommand(new CommandLine(new CheckCommand(io).spec()));
      cli.addSubcommand(new CommandLine(new LspCommand(io).spec()));
      cli.setOut(io.out());
      cli.setErr(io.err());
      cli.setParameterExceptionHandler(Main::usageError);
      cli.setExecutionExceptionHandler((e, command, parsed) -> failure(e, io));
      return cli.execute(args);
    } finally {
      io.out().flush();
      io.err().flush();
    }
  }

  /** Without a subcommand there is nothing to do: show the usage and fail as a usage error. */
  @Override
  public Integer call() {
    spec.commandLine().usage(io.err());
    return ExitCodes.USAGE;
  }

  static String version() {
    String version = Main.class.getPackage().getImplementationVersion();
    return version != null ? version : "dev";
  }

  private static int usageError(ParameterException e, String[] args) {
    CommandLine command = e.getCommandLine();
    command.getErr().println(
        "agentmd: " + oneLine(e.getMessage())
            + "; see '" + command.getCommandSpec().qualifiedName() + " --help'");
    return ExitCodes.USAGE;
  }

  private static int failure(Exception e, CommandIo io) {
    io.out().flush();
    if (e instanceof UsageProblem problem) {
      problem.lines().forEach(line -> io.err().println("agentmd: " + oneLine(line)));
    } else {
      io.err().println("agentmd: internal error: " + oneLine(String.valueOf(e)));
      if (Boolean.getBoolean("agentmd.debug")) {
        e.printStackTrace(io.err());
      }
    }
    return ExitCodes.USAGE;
  }

  /** Joins a message's lines, so that every problem is exactly one line on stderr. */
  static String oneLine(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder line = new StringBuilder(text.length());
    for (String part : text.strip().split("\\s*\\R\\s*")) {
      line.append(line.length() == 0 ? "" : " ").append(part);
    }
    return line.toString();
  }
}
