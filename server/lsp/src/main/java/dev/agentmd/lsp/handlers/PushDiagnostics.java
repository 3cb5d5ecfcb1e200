package dev.agentmd.lsp.handlers;

import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.lsp.documents.OpenDocument;
import dev.agentmd.lsp.session.Session;
import dev.agentmd.lsp.settings.ServerSettings;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.PublishDiagnosticsParams;

/**
 * Validates open agent files on one analysis thread and pushes {@code publishDiagnostics}.
 *
 * <p>Analysis takes about a millisecond, so there is no debounce; instead requests coalesce: a
 * document has at most one validation queued, and that validation reads the newest snapshot when it
 * runs, so a burst of changes costs one analysis, not one per keystroke. A result whose document or
 * settings changed meanwhile is dropped (a newer validation is already queued).
 *
 * <p><b>Invariant:</b> every publish (results and the empty list on close) happens on the one
 * analysis thread, so the client sees them in order and a closed document stays clear.
 */
public final class PushDiagnostics implements DiagnosticsMode {

  private final Session session;
  private final ExecutorService analysis = Executors.newSingleThreadExecutor(Session.daemon("agentmd-analysis"));
  private final Set<String> queued = ConcurrentHashMap.newKeySet();
  /** Documents whose last publish was not empty; touched only on the analysis thread. */
  private final Set<String> nonEmpty = new HashSet<>();

  public PushDiagnostics(Session session) {
    this.session = session;
  }

  @Override
  public void changed(String uri) {
    if (queued.add(uri)) {
      submit(() -> validate(uri));
    }
  }

  @Override
  public void closed(String uri) {
    submit(
        () -> {
          if (session.store().get(uri).isEmpty() && nonEmpty.contains(uri)) {
            publish(uri, List.of(), null);
          }
        });
  }

  @Override
  public void settingsChanged() {
    session.store().all().forEach(document -> changed(document.uri()));
  }

  @Override
  public void stop() {
    analysis.shutdownNow();
  }

  private void submit(Runnable task) {
    try {
      analysis.execute(task);
    } catch (RejectedExecutionException stopped) {
      // The server is exiting; there is no one left to tell.
    }
  }

  private void validate(String uri) {
    // Unmark first: a change stored after this point queues another validation.
    queued.remove(uri);
    Optional<OpenDocument> opened = session.store().get(uri);
    if (opened.isEmpty()) {
      return;
    }
    OpenDocument document = opened.get();
    ServerSettings settings = session.settings();
    Optional<AnalysisResult> result;
    try {
      result = session.analyze(document, settings);
    } catch (RuntimeException | StackOverflowError e) {
      session.log().error("agentmd: validating " + uri + " failed", e);
      return;
    }
    if (!session.store().isCurrent(document) || session.settings() != settings) {
      return;
    }
    if (result.isEmpty()) {
      // Not an agent file (any more): clear what an earlier setting may have shown, else stay silent.
      if (nonEmpty.contains(uri)) {
        publish(uri, List.of(), document.version());
      }
      return;
    }
    publish(uri, session.converter().diagnostics(document.lines(), result.get().findings()), document.version());
  }

  private void publish(String uri, List<Diagnostic> diagnostics, Integer version) {
    if (diagnostics.isEmpty()) {
      nonEmpty.remove(uri);
    } else {
      nonEmpty.add(uri);
    }
    try {
      session.client().publishDiagnostics(new PublishDiagnosticsParams(uri, diagnostics, version));
    } catch (RuntimeException e) {
      session.log().error("agentmd: publishing diagnostics for " + uri + " failed", e);
    }
  }
}
