package dev.agentmd.lsp.handlers;

import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.finding.Edit;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.finding.SafeFixes;
import dev.agentmd.core.text.Span;
import dev.agentmd.lsp.convert.LspConverter;
import dev.agentmd.lsp.documents.OpenDocument;
import dev.agentmd.lsp.session.ClientProfile;
import dev.agentmd.lsp.session.Session;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Command;
import org.eclipse.lsp4j.RenameFile;
import org.eclipse.lsp4j.ResourceOperation;
import org.eclipse.lsp4j.SnippetTextEdit;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.VersionedTextDocumentIdentifier;
import org.eclipse.lsp4j.WorkspaceEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * Code actions from the findings' fixes: each fix of a finding that touches the requested range is
 * a {@code quickfix}, and {@code source.fixAll.agentmd} applies every safe fix in the document
 * whose edits do not overlap an earlier one.
 *
 * <p>Findings are recomputed for the current snapshot rather than read back from the client's
 * diagnostics, which may be a version behind; the edits then always fit the text they edit.
 */
final class CodeActionHandler {

  private CodeActionHandler() {}

  static List<Either<Command, CodeAction>> actions(
      Session session, OpenDocument document, CodeActionParams params, CancelChecker cancel) {
    Optional<AnalysisResult> result = session.analyze(document, session.settings());
    if (result.isEmpty()) {
      return List.of();
    }
    List<String> only = params.getContext() == null ? null : params.getContext().getOnly();
    Span requested = session.converter().span(document.lines(), params.getRange());
    List<Either<Command, CodeAction>> actions = new ArrayList<>();
    if (wants(only, CodeActionKind.QuickFix)) {
      for (Finding finding : result.get().findings()) {
        cancel.checkCanceled();
        if (finding.span().start() > requested.end() || requested.start() > finding.span().end()) {
          continue;
        }
        for (Fix fix : finding.fixes()) {
          edit(session, document, fix.edits())
              .map(edit -> quickFix(session, document, finding, fix, edit))
              .ifPresent(action -> actions.add(Either.forRight(action)));
        }
      }
    }
    if (wants(only, CodeActionKinds.FIX_ALL)) {
      fixAll(session, document, result.get().findings())
          .ifPresent(action -> actions.add(Either.forRight(action)));
    }
    return actions;
  }

  /** True when the client's {@code only} filter (a list of kind prefixes) admits {@code kind}. */
  static boolean wants(List<String> only, String kind) {
    return only == null
        || only.isEmpty()
        || only.stream().anyMatch(prefix -> kind.equals(prefix) || kind.startsWith(prefix + "."));
  }

  private static CodeAction quickFix(
      Session session, OpenDocument document, Finding finding, Fix fix, WorkspaceEdit edit) {
    CodeAction action = new CodeAction(fix.title());
    action.setKind(CodeActionKind.QuickFix);
    action.setDiagnostics(List.of(session.converter().diagnostic(document.lines(), finding)));
    action.setIsPreferred(finding.fixes().size() == 1);
    action.setEdit(edit);
    return action;
  }

  /** One edit for the whole document: the core's safe-fix choice, the same as {@code check --fix}. */
  private static Optional<CodeAction> fixAll(Session session, OpenDocument document, List<Finding> findings) {
    SafeFixes.Chosen chosen = SafeFixes.choose(findings);
    if (chosen.edits().isEmpty()) {
      return Optional.empty();
    }
    CodeAction action = new CodeAction("Fix all safely fixable agentmd problems");
    action.setKind(CodeActionKinds.FIX_ALL);
    action.setEdit(edit(session, document, List.copyOf(chosen.edits())).orElseThrow());
    return Optional.of(action);
  }

  /**
   * The workspace edit for a fix's edits: versioned {@code documentChanges} when the client takes
   * them, else plain {@code changes}. Empty when the fix renames a file and the client cannot.
   */
  private static Optional<WorkspaceEdit> edit(Session session, OpenDocument document, List<Edit> edits) {
    ClientProfile profile = session.profile();
    LspConverter converter = session.converter();
    List<TextEdit> textEdits = new ArrayList<>();
    List<ResourceOperation> renames = new ArrayList<>();
    for (Edit edit : edits) {
      if (edit instanceof Edit.Replace replace) {
        textEdits.add(new TextEdit(converter.range(document.lines(), replace.span()), replace.newText()));
      } else if (edit instanceof Edit.RenameFile rename) {
        if (!profile.renameFiles() || document.path().isEmpty()) {
          return Optional.empty();
        }
        Path target = document.path().get().resolveSibling(rename.newFileName());
        renames.add(new RenameFile(document.uri(), target.toUri().toString()));
      }
    }
    if (!profile.documentChanges()) {
      return Optional.of(new WorkspaceEdit(Map.of(document.uri(), textEdits)));
    }
    List<Either<TextDocumentEdit, ResourceOperation>> changes = new ArrayList<>();
    if (!textEdits.isEmpty()) {
      List<Either<TextEdit, SnippetTextEdit>> wrapped = new ArrayList<>();
      textEdits.forEach(textEdit -> wrapped.add(Either.forLeft(textEdit)));
      VersionedTextDocumentIdentifier id = new VersionedTextDocumentIdentifier(document.uri(), document.version());
      changes.add(Either.forLeft(new TextDocumentEdit(id, wrapped)));
    }
    // Renames come last: the text edits name the document by its old URI.
    renames.forEach(rename -> changes.add(Either.forRight(rename)));
    WorkspaceEdit edit = new WorkspaceEdit(changes);
    edit.setChanges(null); // one form only; LSP4J starts every edit with an empty map
    return Optional.of(edit);
  }
}
