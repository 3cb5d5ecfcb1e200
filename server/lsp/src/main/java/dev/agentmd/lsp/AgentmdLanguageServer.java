package dev.agentmd.lsp;

import dev.agentmd.lsp.handlers.DiagnosticsMode;
import dev.agentmd.lsp.handlers.PullDiagnostics;
import dev.agentmd.lsp.handlers.PushDiagnostics;
import dev.agentmd.lsp.handlers.SettingsUpdater;
import dev.agentmd.lsp.handlers.TextDocumentHandler;
import dev.agentmd.lsp.handlers.WorkspaceHandler;
import dev.agentmd.lsp.session.ClientProfile;
import dev.agentmd.lsp.session.Engine;
import dev.agentmd.lsp.session.ServerLog;
import dev.agentmd.lsp.session.Session;
import dev.agentmd.lsp.settings.ServerSettings;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.DidChangeWatchedFilesRegistrationOptions;
import org.eclipse.lsp4j.FileSystemWatcher;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Registration;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ServerInfo;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageClient;
import org.eclipse.lsp4j.services.LanguageClientAware;
import org.eclipse.lsp4j.services.LanguageServer;
import org.eclipse.lsp4j.services.TextDocumentService;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * The agentmd language server: lifecycle ({@code initialize}, {@code shutdown}, {@code exit}) and
 * the entry point {@link #run}. Everything a connection shares lives in its {@link Session}; the
 * {@code textDocument/*} and {@code workspace/*} handlers do the rest.
 */
public final class AgentmdLanguageServer implements LanguageServer, LanguageClientAware {

  /** Held so its level sticks; LSP4J logs the end of every session at INFO, with a stack trace. */
  private static final Logger LSP4J_LOG = Logger.getLogger("org.eclipse.lsp4j");

  private final Engine engine;
  private final ServerLog log;
  private final TextDocumentHandler textDocuments = new TextDocumentHandler();
  private final WorkspaceHandler workspace = new WorkspaceHandler();
  private final CompletableFuture<Integer> exitCode = new CompletableFuture<>();
  private volatile boolean shutdownRequested;
  private volatile LanguageClient client;
  private volatile Session session;
  private volatile DiagnosticsMode diagnostics;
  private volatile SettingsUpdater settings;

  AgentmdLanguageServer(Engine engine, ServerLog log) {
    this.engine = engine;
    this.log = log;
  }

  /**
   * Serves LSP over {@code in}/{@code out} until the client sends {@code exit}, closes the stream or
   * its process dies. Returns the process exit code: 0 after {@code shutdown}, 1 otherwise (also
   * when the server cannot start). The caller exits the JVM with it; reader threads are daemons.
   *
   * <p>Before anything else, {@code System.out} is pointed at {@code log}, so a stray print from
   * any library cannot corrupt the JSON-RPC stream; {@code out} must therefore be the real stdout
   * captured by the caller (for example {@code run(System.in, System.out, System.err)}).
   */
  public static int run(InputStream in, OutputStream out, PrintStream log) {
    return run(in, out, log, Engine::standard);
  }

  static int run(InputStream in, OutputStream out, PrintStream log, Supplier<Engine> engine) {
    PrintStream stdout = System.out;
    System.setOut(log);
    LSP4J_LOG.setLevel(Level.WARNING);
    ServerLog serverLog = new ServerLog(log);
    try {
      Engine started;
      try {
        started = engine.get();
      } catch (RuntimeException | LinkageError e) {
        // A broken build (a schema missing from the jar) is reported, not thrown at the launcher.
        serverLog.error("agentmd: the analysis engine failed to start", e);
        return 1;
      }
      return serve(new AgentmdLanguageServer(started, serverLog), in, out);
    } finally {
      System.setOut(stdout);
    }
  }

  /** Connects a server to a stream pair and blocks until it exits; the exit code. */
  static int serve(AgentmdLanguageServer server, InputStream in, OutputStream out) {
    // Daemon threads: a reader blocked on a dead stdin must not keep the JVM alive.
    ExecutorService rpc = Executors.newCachedThreadPool(Session.daemon("agentmd-rpc"));
    try {
      Launcher<LanguageClient> launcher = LSPLauncher.createServerLauncher(server, in, out, rpc, consumer -> consumer);
      server.connect(launcher.getRemoteProxy());
      Future<Void> listening = launcher.startListening();
      rpc.execute(
          () -> {
            try {
              listening.get();
            } catch (InterruptedException | ExecutionException | RuntimeException e) {
              // However the stream ended, the connection is over.
            }
            server.connectionClosed();
          });
      return server.exitCode.join();
    } finally {
      server.stop();
      rpc.shutdownNow();
    }
  }

  @Override
  public void connect(LanguageClient languageClient) {
    this.client = languageClient;
    log.connect(languageClient);
  }

  @Override
  public CompletableFuture<InitializeResult> initialize(InitializeParams params) {
    ClientProfile profile = ClientProfile.of(params.getCapabilities());
    ServerSettings initial = SettingsUpdater.initial(params.getInitializationOptions(), log);
    Session newSession = new Session(profile, engine, log, client, initial);
    DiagnosticsMode mode =
        profile.pullDiagnostics() ? new PullDiagnostics(newSession) : new PushDiagnostics(newSession);
    SettingsUpdater updater = new SettingsUpdater(newSession, mode);
    textDocuments.start(newSession, mode);
    workspace.start(updater);
    this.session = newSession;
    this.diagnostics = mode;
    this.settings = updater;
    watchClientProcess(params.getProcessId());
    log.info("agentmd " + version() + ": positions in " + newSession.converter().encodingName()
        + ", diagnostics " + (profile.pullDiagnostics() ? "pulled" : "pushed") + ".");
    return CompletableFuture.completedFuture(
        new InitializeResult(Capabilities.of(profile, newSession.converter()), new ServerInfo("agentmd", version())));
  }

  @Override
  public void initialized(InitializedParams params) {
    Session current = session;
    if (current == null) {
      return;
    }
    if (current.profile().configurationRegistration()) {
      Registration registration = new Registration("agentmd-configuration", "workspace/didChangeConfiguration");
      current.client().registerCapability(new RegistrationParams(List.of(registration)));
    }
    if (current.profile().watchedFilesRegistration()) {
      // Project config files: a change validates the open documents again (see SettingsUpdater).
      FileSystemWatcher watcher = new FileSystemWatcher(Either.forLeft("**/.agentmd.{yaml,yml}"));
      Registration registration =
          new Registration(
              "agentmd-config-files",
              "workspace/didChangeWatchedFiles",
              new DidChangeWatchedFilesRegistrationOptions(List.of(watcher)));
      current.client().registerCapability(new RegistrationParams(List.of(registration)));
    }
    settings.initialized();
  }

  @Override
  public CompletableFuture<Object> shutdown() {
    shutdownRequested = true;
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void exit() {
    exitCode.complete(shutdownRequested ? 0 : 1);
  }

  @Override
  public TextDocumentService getTextDocumentService() {
    return textDocuments;
  }

  @Override
  public WorkspaceService getWorkspaceService() {
    return workspace;
  }

  /** The input stream ended: the client is gone, with or without a proper shutdown. */
  void connectionClosed() {
    exitCode.complete(shutdownRequested ? 0 : 1);
  }

  private void stop() {
    Optional.ofNullable(diagnostics).ifPresent(DiagnosticsMode::stop);
    Optional.ofNullable(session).ifPresent(Session::close);
  }

  /** Exits when the editor's process dies, so a crashed editor leaves no server behind. */
  private void watchClientProcess(Integer pid) {
    if (pid == null || pid == ProcessHandle.current().pid()) {
      return;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid);
    if (process.isEmpty()) {
      // Another PID namespace (a container) or a client that already died; the stream will tell.
      log.warning("agentmd: client process " + pid + " is not visible; not watching it.");
      return;
    }
    process.get().onExit().thenRun(
        () -> {
          log.info("agentmd: client process " + pid + " exited; stopping.");
          exitCode.complete(1);
        });
  }

  private static String version() {
    String version = AgentmdLanguageServer.class.getPackage().getImplementationVersion();
    return version == null ? "dev" : version;
  }
}
