package dev.agentmd.lsp.session;

import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.kind.FileKind;
import dev.agentmd.core.syntax.ParsedFile;
import dev.agentmd.lsp.convert.LspConverter;
import dev.agentmd.lsp.documents.DocumentStore;
import dev.agentmd.lsp.documents.OpenDocument;
import dev.agentmd.lsp.settings.ServerSettings;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.CompletableFutures;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * What one client connection shares once {@code initialize} has run: the negotiated profile and
 * converter, the documents, the current settings, the engine, the log and the request thread.
 *
 * <p>Requests run one at a time on their own thread, off the LSP4J dispatch thread, against the
 * document snapshot taken when the request arrived.
 */
public final class Session {

  private final ClientProfile profile;
  private final LspConverter converter;
  private final DocumentStore store;
  private final Engine engine;
  private final ServerLog log;
  private final LanguageClient client;
  private final AtomicReference<ServerSettings> settings;
  private final ExecutorService requests = Executors.newSingleThreadExecutor(daemon("agentmd-requests"));

  public Session(
      ClientProfile profile, Engine engine, ServerLog log, LanguageClient client, ServerSettings initial) {
    this.profile = profile;
    this.converter = new LspConverter(profile.encoding());
    this.store = new DocumentStore(converter);
    this.engine = engine;
    this.log = log;
    this.client = client;
    this.settings = new AtomicReference<>(initial);
  }

  public ClientProfile profile() {
    return profile;
  }

  public LspConverter converter() {
    return converter;
  }

  public DocumentStore store() {
    return store;
  }

  public Engine engine() {
    return engine;
  }

  public ServerLog log() {
    return log;
  }

  public LanguageClient client() {
    return client;
  }

  public ServerSettings settings() {
    return settings.get();
  }

  /** Replaces the settings in one step; readers see either the old or the new value whole. */
  public void replaceSettings(ServerSettings newSettings) {
    settings.set(newSettings);
  }

  /** The document's kind under the current settings; empty for an ordinary markdown file. */
  public Optional<FileKind> kindOf(OpenDocument document) {
    return settings().kindOf(document.path());
  }

  /** The parsed agent file and its kind; empty for any other document. */
  public Optional<Parsed> parse(OpenDocument document) {
    return kindOf(document).map(kind -> new Parsed(kind, engine.parse(document.source(), kind)));
  }

  /** An agent document as the core's editor features read it. */
  public record Parsed(FileKind kind, ParsedFile file) {}

  /**
   * Findings for an agent file under the given settings (over the document's project config);
   * empty for any other document.
   */
  public Optional<AnalysisResult> analyze(OpenDocument document, ServerSettings with) {
    ServerSettings.ForDocument applied = with.forDocument(document.path());
    return applied.kind().map(kind -> engine.analyze(document.source(), kind, applied.analysis()));
  }

  /**
   * Runs a request on the request thread. Cancellation ({@code $/cancelRequest}) is honoured
   * before the work starts and wherever the work calls the checker; a failure is logged and
   * answered with an {@code InternalError} response, and the server carries on.
   */
  public <T> CompletableFuture<T> compute(String feature, Function<CancelChecker, T> work) {
    return CompletableFutures.computeAsync(
        requests,
        cancel -> {
          cancel.checkCanceled();
          try {
            return work.apply(cancel);
          } catch (CancellationException | ResponseErrorException e) {
            throw e;
          } catch (RuntimeException | StackOverflowError e) {
            log.error("agentmd: " + feature + " failed", e);
            throw new ResponseErrorException(
                new ResponseError(ResponseErrorCode.InternalError, "agentmd: " + feature + " failed: " + e, null));
          }
        });
  }

  public void close() {
    requests.shutdownNow();
  }

  /** Daemon threads, so a server whose client vanished never keeps the JVM alive. */
  public static ThreadFactory daemon(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }
}
