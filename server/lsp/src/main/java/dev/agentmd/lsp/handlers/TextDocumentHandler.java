package dev.agentmd.lsp.handlers;

import dev.agentmd.lsp.documents.DocumentStore.ChangeOutcome;
import dev.agentmd.lsp.documents.OpenDocument;
import dev.agentmd.lsp.session.Session;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.DidChangeTextDocumentParams;
import org.eclipse.lsp4j.DidCloseTextDocumentParams;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.DidSaveTextDocumentParams;
import org.eclipse.lsp4j.DocumentDiagnosticParams;
import org.eclipse.lsp4j.DocumentDiagnosticReport;
import org.eclipse.lsp4j.RelatedFullDocumentDiagnosticReport;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.ResponseErrorException;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseError;
import org.eclipse.lsp4j.jsonrpc.messages.ResponseErrorCode;
import org.eclipse.lsp4j.services.TextDocumentService;

/**
 * {@code textDocument/*}: keeps the document store in step (on the dispatch thread, in order) and
 * routes each request to its feature handler on the request thread, against the snapshot of the
 * document when the request arrived. A request for a document that is not open, or not an agent
 * file, gets an empty answer.
 */
public final class TextDocumentHandler implements TextDocumentService {

  private volatile Session session;
  private volatile DiagnosticsMode diagnostics;

  /** Connects the handler to the session {@code initialize} created. */
  public void start(Session newSession, DiagnosticsMode mode) {
    this.diagnostics = mode;
    this.session = newSession;
  }

  @Override
  public void didOpen(DidOpenTextDocumentParams params) {
    if (session == null) {
      return;
    }
    var item = params.getTextDocument();
    session.store().open(item.getUri(), item.getVersion(), item.getText());
    diagnostics.changed(item.getUri());
  }

  @Override
  public void didChange(DidChangeTextDocumentParams params) {
    if (session == null) {
      return;
    }
    String uri = params.getTextDocument().getUri();
    Integer version = params.getTextDocument().getVersion();
    ChangeOutcome outcome = session.store().change(uri, version, params.getContentChanges());
    switch (outcome) {
      case APPLIED -> diagnostics.changed(uri);
      case STALE_VERSION ->
          session.log().info("agentmd: ignored change " + version + " of " + uri + ": not newer than the open text.");
      case UNKNOWN_DOCUMENT ->
          session.log().warning("agentmd: ignored change of " + uri + ": the document is not open.");
    }
  }

  @Override
  public void didClose(DidCloseTextDocumentParams params) {
    if (session == null) {
      return;
    }
    String uri = params.getTextDocument().getUri();
    session.store().close(uri);
    diagnostics.closed(uri);
  }

  @Override
  public void didSave(DidSaveTextDocumentParams params) {
    // The text is already current through didChange; saving changes nothing we check.
  }

  @Override
  public CompletableFuture<Either<List<CompletionItem>, CompletionList>> completion(CompletionParams params) {
    Either<List<CompletionItem>, CompletionList> none = Either.forRight(new CompletionList(false, List.of()));
    return request("completion", params.getTextDocument().getUri(), none,
        (session, document, cancel) ->
            Either.forRight(CompletionHandler.complete(session, document, params.getPosition(), cancel)));
  }

  @Override
  public CompletableFuture<Hover> hover(HoverParams params) {
    return request("hover", params.getTextDocument().getUri(), null,
        (session, document, cancel) -> HoverHandler.hover(session, document, params.getPosition()));
  }

  @Override
  public CompletableFuture<List<Either<SymbolInformation, DocumentSymbol>>> documentSymbol(
      DocumentSymbolParams params) {
    return request("document symbols", params.getTextDocument().getUri(), List.of(),
        (session, document, cancel) -> SymbolHandler.symbols(session, document));
  }

  @Override
  public CompletableFuture<List<FoldingRange>> foldingRange(FoldingRangeRequestParams params) {
    return request("folding ranges", params.getTextDocument().getUri(), List.of(),
        (session, document, cancel) -> FoldingHandler.folds(session, document));
  }

  @Override
  public CompletableFuture<List<Either<Command, CodeAction>>> codeAction(CodeActionParams params) {
    return request("code actions", params.getTextDocument().getUri(), List.of(),
        (session, document, cancel) -> CodeActionHandler.actions(session, document, params, cancel));
  }

  @Override
  public CompletableFuture<DocumentDiagnosticReport> diagnostic(DocumentDiagnosticParams params) {
    if (diagnostics instanceof PullDiagnostics pull) {
      return pull.diagnostic(params);
    }
    // Only pulling clients are offered this request; anyone else gets an empty report.
    return CompletableFuture.completedFuture(
        new DocumentDiagnosticReport(new RelatedFullDocumentDiagnosticReport(List.of())));
  }

  /** One feature's work on one document snapshot. */
  @FunctionalInterface
  private interface Feature<T> {
    T run(Session session, OpenDocument document, CancelChecker cancel);
  }

  /**
   * Runs a feature on the request thread against the document's snapshot as of now (the dispatch
   * thread has applied every change sent before this request); {@code empty} answers a document
   * that is not open.
   */
  private <T> CompletableFuture<T> request(String name, String uri, T empty, Feature<T> feature) {
    Session current = session;
    if (current == null) {
      return CompletableFuture.failedFuture(new ResponseErrorException(
          new ResponseError(ResponseErrorCode.ServerNotInitialized, "agentmd: not initialized", null)));
    }
    Optional<OpenDocument> document = current.store().get(uri);
    return current.compute(
        name, cancel -> document.map(open -> feature.run(current, open, cancel)).orElse(empty));
  }
}
