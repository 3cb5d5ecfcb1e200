package dev.agentmd.lsp;

import dev.agentmd.lsp.session.Engine;
import dev.agentmd.lsp.session.ServerLog;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializeResult;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseMessage;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;

/**
 * One server and one {@link TestClient}, connected through LSP4J launchers over in-memory pipes: the
 * same JSON-RPC path as stdio, in process. The server runs {@link AgentmdLanguageServer#serve} on
 * its own thread; {@link #exitCode()} completes when it returns.
 */
final class LspSession implements AutoCloseable {

  static final Engine STANDARD = Engine.standard();

  /** Held so the level sticks: LSP4J logs every closed stream at INFO, with a stack trace. */
  private static final Logger LSP4J_LOG = Logger.getLogger("org.eclipse.lsp4j");

  static {
    LSP4J_LOG.setLevel(Level.WARNING);
  }

  final TestClient client = new TestClient();
  final LanguageServer server;
  /** Every response the client received, including answers to requests it had cancelled. */
  final BlockingQueue<ResponseMessage> responses = new LinkedBlockingQueue<>();
  final ByteArrayOutputStream serverLog = new ByteArrayOutputStream();

  private final ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
    Thread thread = new Thread(runnable, "test-session");
    thread.setDaemon(true);
    return thread;
  });
  private final Wire toServer = Wire.open();
  private final Wire toClient = Wire.open();
  private final CompletableFuture<Integer> exitCode;

  private LspSession(Engine engine) {
    AgentmdLanguageServer languageServer =
        new AgentmdLanguageServer(engine, new ServerLog(new PrintStream(serverLog, true, StandardCharsets.UTF_8)));
    exitCode = CompletableFuture.supplyAsync(() -> AgentmdLanguageServer.serve(languageServer, toServer.in(), toClient.out()), threads);
    // A stopped server writes no more: end the client's input, as a real process exit would.
    exitCode.whenComplete((code, error) -> toClient.close());
    Launcher<LanguageServer> launcher =
        LSPLauncher.createClientLauncher(
            client,
            toClient.in(),
            toServer.out(),
            threads,
            consumer -> message -> {
              if (message instanceof ResponseMessage response) {
                responses.add(response);
              }
              consumer.consume(message);
            });
    server = launcher.getRemoteProxy();
    launcher.startListening();
  }

  static LspSession start() {
    return start(STANDARD);
  }

  static LspSession start(Engine engine) {
    return new LspSession(engine);
  }

  /** A session initialized with {@code capabilities} and no options. */
  static LspSession initialized(ClientCapabilities capabilities) {
    LspSession session = start();
    session.initialize(capabilities, null);
    return session;
  }

  InitializeResult initialize(ClientCapabilities capabilities, Object initializationOptions) {
    InitializeParams params = new InitializeParams();
    params.setCapabilities(capabilities);
    params.setInitializationOptions(initializationOptions);
    return initialize(params);
  }

  InitializeResult initialize(InitializeParams params) {
    InitializeResult result = get(server.initialize(params));
    server.initialized(new InitializedParams());
    return result;
  }

  /** A {@code file:} URI of a subagent (by location) that need not exist on disk. */
  static String agentUri(String fileName) {
    return agentUriIn("project", fileName);
  }

  /** A subagent's URI in another project, for a second file with the same name. */
  static String agentUriIn(String project, String fileName) {
    return Path.of("/tmp/agentmd-lsp-test", project, ".claude/agents", fileName).toUri().toString();
  }

  /** A {@code file:} URI of an ordinary markdown file. */
  static String markdownUri(String fileName) {
    return Path.of("/tmp/agentmd-lsp-test/project/docs", fileName).toUri().toString();
  }

  void open(String uri, String text) {
    server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", 1, text)));
  }

  void change(String uri, int version, TextDocumentContentChangeEvent... changes) {
    server.getTextDocumentService().didChange(
        new DidChangeTextDocumentParams(new VersionedTextDocumentIdentifier(uri, version), List.of(changes)));
  }

  void replaceAll(String uri, int version, String text) {
    change(uri, version, new TextDocumentContentChangeEvent(text));
  }

  void close(String uri) {
    server.getTextDocumentService().didClose(new DidCloseTextDocumentParams(new TextDocumentIdentifier(uri)));
  }

  static <T> T get(CompletableFuture<T> future) {
    try {
      return future.get(TestClient.TIMEOUT_SECONDS, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    } catch (ExecutionException | TimeoutException e) {
      throw new AssertionError(e);
    }
  }

  CompletableFuture<Integer> exitCode() {
    return exitCode;
  }

  /** {@code shutdown} then {@code exit}; the server's exit code. */
  int shutdownAndExit() {
    get(server.shutdown());
    server.exit();
    return get(exitCode);
  }

  String serverLog() {
    return serverLog.toString(StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    if (!exitCode.isDone()) {
      try {
        shutdownAndExit();
      } catch (AssertionError | RuntimeException e) {
        // The test already broke the connection; closing the pipes below ends the server.
      }
    }
    disconnect();
    threads.shutdownNow();
  }

  /** Closes both streams without {@code shutdown} or {@code exit}, as a crashed client would. */
  void disconnect() {
    toServer.close();
    toClient.close();
  }
}
