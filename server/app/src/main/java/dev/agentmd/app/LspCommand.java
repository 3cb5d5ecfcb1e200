package dev.agentmd.app;

import dev.agentmd.lsp.AgentmdLanguageServer;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code agentmd lsp}: runs the language server over stdin/stdout until the client says exit.
 *
 * <p>It writes to the process's real stdout (file descriptor 1), not to {@link CommandIo#out()}: the
 * server owns that stream for JSON-RPC, and everything else goes to stderr.
 */
public final class LspCommand implements Callable<Integer> {

  private final CommandIo io;
  private final CommandSpec spec;

  LspCommand(CommandIo io) {
    this.io = io;
    this.spec = CommandSpec.wrapWithoutInspection(this).name("lsp");
    spec.usageMessage()
        .description(
            "Runs the agentmd language server, speaking LSP over stdin and stdout.",
            "Logs go to stderr and to the client's log (window/logMessage).");
    spec.addOption(
        OptionSpec.builder("--stdio")
            .arity("0")
            .description("Use stdin/stdout (the default and only transport; accepted because clients pass it).")
            .build());
    spec.addOption(
        OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help and exit.").build());
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    PrintStream log = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
    return AgentmdLanguageServer.run(io.in(), new FileOutputStream(FileDescriptor.out), log);
  }
}
