package dev.agentmd.lsp.handlers;

import dev.agentmd.lsp.documents.OpenDocument;
import dev.agentmd.lsp.session.Session;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;

/**
 * Diagnostics for clients that pull them ({@code textDocument/diagnostic}): computed on request for
 * the snapshot current when the request arrived. Changes need no work here; a settings change
 * asks the client to pull again when it supports {@code workspace/diagnostic/refresh}.
 */
public final class PullDiagnostics implements DiagnosticsMode {

  private final Session session;

  public PullDiagnostics(Session session) {
    this.session = session;
  }

  public CompletableFuture<DocumentDiagnosticReport> diagnostic(DocumentDiagnosticParams params) {
    Optional<OpenDocument> document = session.store().get(params.getTextDocument().getUri());
    return session.compute(
        "diagnostics",
        cancel -> {
          List<Diagnostic> diagnostics =
              document
                  .flatMap(open -> session.analyze(open, session.settings())
                      .map(result -> session.converter().diagnostics(open.lines(), result.findings())))
                  .orElse(List.of());
          cancel.checkCanceled();
          return new DocumentDiagnosticReport(new RelatedFullDocumentDiagnosticReport(diagnostics));
        });
  }

  @Override
  public void changed(String uri) {}

  @Override
  public void closed(String uri) {}

  @Override
  public void settingsChanged() {
    if (session.profile().diagnosticRefresh()) {
      session.client().refreshDiagnostics();
    }
  }

  @Override
  public void stop() {}
}
