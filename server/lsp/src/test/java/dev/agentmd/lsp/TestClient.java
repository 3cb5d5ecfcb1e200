package dev.agentmd.lsp;

import com.google.gson.JsonElement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.eclipse.lsp4j.ConfigurationParams;
import org.eclipse.lsp4j.MessageActionItem;
import org.eclipse.lsp4j.MessageParams;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.eclipse.lsp4j.ShowMessageRequestParams;
import org.eclipse.lsp4j.services.LanguageClient;

/**
 * The client side of in-process tests: records what the server sends in blocking queues, so a test
 * waits for the event it expects instead of sleeping.
 */
final class TestClient implements LanguageClient {

  /** Generous, and only a guard against a hang: every wait ends as soon as its event arrives. */
  static final long TIMEOUT_SECONDS = 30;

  final BlockingQueue<PublishDiagnosticsParams> diagnostics = new LinkedBlockingQueue<>();
  final BlockingQueue<MessageParams> logs = new LinkedBlockingQueue<>();
  final BlockingQueue<RegistrationParams> registrations = new LinkedBlockingQueue<>();
  final BlockingQueue<ConfigurationParams> configurationRequests = new LinkedBlockingQueue<>();
  final BlockingQueue<Object> refreshes = new LinkedBlockingQueue<>();
  /** Every diagnostics notification, in arrival order, including those a wait skipped. */
  final List<PublishDiagnosticsParams> allDiagnostics = new CopyOnWriteArrayList<>();
  /** The answer to {@code workspace/configuration}; null means "no such section". */
  volatile JsonElement configuration;

  @Override
  public void publishDiagnostics(PublishDiagnosticsParams params) {
    allDiagnostics.add(params);
    diagnostics.add(params);
  }

  @Override
  public void logMessage(MessageParams message) {
    logs.add(message);
  }

  @Override
  public void showMessage(MessageParams message) {
    logs.add(message);
  }

  @Override
  public CompletableFuture<MessageActionItem> showMessageRequest(ShowMessageRequestParams params) {
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public void telemetryEvent(Object object) {}

  @Override
  public CompletableFuture<Void> registerCapability(RegistrationParams params) {
    registrations.add(params);
    return CompletableFuture.completedFuture(null);
  }

  @Override
  public CompletableFuture<List<Object>> configuration(ConfigurationParams params) {
    configurationRequests.add(params);
    List<Object> answers = new ArrayList<>();
    params.getItems().forEach(item -> answers.add(configuration));
    return CompletableFuture.completedFuture(answers);
  }

  @Override
  public CompletableFuture<Void> refreshDiagnostics() {
    refreshes.add(Boolean.TRUE);
    return CompletableFuture.completedFuture(null);
  }

  /** The next diagnostics for {@code uri} that satisfy {@code wanted}; others are skipped. */
  PublishDiagnosticsParams awaitDiagnostics(String uri, Predicate<PublishDiagnosticsParams> wanted) {
    return await(diagnostics, params -> params.getUri().equals(uri) && wanted.test(params), "diagnostics for " + uri);
  }

  MessageParams awaitLog(Predicate<String> wanted) {
    return await(logs, message -> wanted.test(message.getMessage()), "a log message");
  }

  static <T> T await(BlockingQueue<T> queue, Predicate<T> wanted, String what) {
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TIMEOUT_SECONDS);
    try {
      while (true) {
        T next = queue.poll(deadline - System.nanoTime(), TimeUnit.NANOSECONDS);
        if (next == null) {
          throw new AssertionError("timed out waiting for " + what);
        }
        if (wanted.test(next)) {
          return next;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError("interrupted waiting for " + what, e);
    }
  }
}
