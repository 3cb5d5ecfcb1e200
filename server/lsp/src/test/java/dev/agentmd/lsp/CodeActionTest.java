package dev.agentmd.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.analysis.SourceDocument;
import dev.agentmd.core.config.Settings;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.kind.FileKind;
import dev.agentmd.core.text.LineMap.ColumnUnit;
import dev.agentmd.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.ClientCapabilities;
import org.eclipse.lsp4j.CodeAction;
import org.eclipse.lsp4j.CodeActionContext;
import org.eclipse.lsp4j.CodeActionKind;
import org.eclipse.lsp4j.CodeActionParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.RenameFile;
import org.eclipse.lsp4j.TextDocumentEdit;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

class CodeActionTest {

  static final String QUOTABLE =
      """
      ---
      name: 123
      description: 42
      modle: opus
      ---
      Body.
      """;

  static List<CodeAction> actions(LspSession session, String uri, Range range, List<String> only) {
    CodeActionContext context = new CodeActionContext(List.of());
    context.setOnly(only);
    return LspSession.get(
            session.server.getTextDocumentService().codeAction(new CodeActionParams(new TextDocumentIdentifier(uri), range, context)))
        .stream()
        .map(Either::getRight)
        .toList();
  }

  static Range at(int line, int character) {
    return new Range(new Position(line, character), new Position(line, character));
  }

  static Range whole() {
    return new Range(new Position(0, 0), new Position(100, 0));
  }

  @Test
  void theTypoModleHasAQuickFixThatRenamesItToModel() {
    try (LspSession session = LspSession.initialized(Clients.bare().build())) {
      String uri = LspSession.agentUri("reviewer.md");
      session.open(uri, DiagnosticsTest.TYPO);
      List<CodeAction> actions = actions(session, uri, at(3, 2), null);
      assertEquals(1, actions.size());
      CodeAction fix = actions.get(0);
      assertEquals("Rename to `model`", fix.getTitle());
      assertEquals(CodeActionKind.QuickFix, fix.getKind());
      assertEquals("schema/unknown-key", fix.getDiagnostics().get(0).getCode().getLeft());
      List<TextEdit> edits = fix.getEdit().getChanges().get(uri);
      assertEquals(List.of(new TextEdit(new Range(new Position(3, 0), new Position(3, 5)), "model")), edits);
      assertEquals(DiagnosticsTest.CLEAN, TextEdits.apply(DiagnosticsTest.TYPO, edits, ColumnUnit.UTF16));
    }
  }

  @Test
  void aClientWithDocumentChangesGetsAnEditForTheCurrentVersion() {
    try (LspSession session = LspSession.initialized(Clients.bare().documentChanges().build())) {
      String uri = LspSession.agentUri("reviewer.md");
      session.open(uri, DiagnosticsTest.CLEAN);
      session.replaceAll(uri, 7, DiagnosticsTest.TYPO);
      CodeAction fix = actions(session, uri, at(3, 0), List.of(CodeActionKind.QuickFix)).get(0);
      assertTrue(fix.getEdit().getChanges() == null || fix.getEdit().getChanges().isEmpty());
      TextDocumentEdit edit = fix.getEdit().getDocumentChanges().get(0).getLeft();
      assertEquals(uri, edit.getTextDocument().getUri());
      assertEquals(7, edit.getTextDocument().getVersion());
      assertEquals("model", edit.getEdits().get(0).getLeft().getNewText());
    }
  }

  @Test
  void noQuickFixIsOfferedAwayFromTheFinding() {
    try (LspSession session = LspSession.initialized(Clients.bare().build())) {
      String uri = LspSession.agentUri("reviewer.md");
      session.open(uri, DiagnosticsTest.TYPO);
      assertEquals(List.of(), actions(session, uri, at(5, 3), List.of(CodeActionKind.QuickFix)));
    }
  }

  @Test
  void fixAllAppliesEverySafeFixAndNoUnsafeOne() {
    try (LspSession session = LspSession.initialized(Clients.bare().build())) {
      String uri = LspSession.agentUri("reviewer.md");
      session.open(uri, QUOTABLE);
      List<CodeAction> actions = actions(session, uri, at(0, 0), List.of(CodeActionKind.SourceFixAll));
      assertEquals(1, actions.size());
      assertEquals("source.fixAll.agentmd", actions.get(0).getKind());
      String fixed = TextEdits.apply(QUOTABLE, actions.get(0).getEdit().getChanges().get(uri), ColumnUnit.UTF16);
      assertEquals(QUOTABLE.replace("123", "\"123\"").replace("42", "\"42\""), fixed);
    }
  }

  @Test
  void quickFixesAndFixAllComeTogetherWhenTheClientAsksForAnyKind() {
    try (LspSession session = LspSession.initialized(Clients.bare().build())) {
      String uri = LspSession.agentUri("reviewer.md");
      session.open(uri, QUOTABLE);
      List<String> kinds = actions(session, uri, at(1, 7), null).stream().map(CodeAction::getKind).toList();
      assertEquals(List.of(CodeActionKind.QuickFix, "source.fixAll.agentmd"), kinds);
    }
  }

  /** The standard findings plus one that suggests renaming the file. */
  static final class RenamingEngine extends ForwardingEngine {
    @Override
    public AnalysisResult analyze(SourceDocument document, FileKind kind, Settings settings) {
      AnalysisResult result = super.analyze(document, kind, settings);
      List<Finding> findings = new ArrayList<>(result.findings());
      findings.add(
          new Finding(
              "agent/name-mismatch",
              Severity.WARNING,
              "The file name does not match `name`.",
              Span.of(4, 8),
              List.of(Fix.renameFile("Rename the file (test)", "renamed.md"))));
      return new AnalysisResult(result.file(), findings);
    }
  }

  static List<CodeAction> renameActions(ClientCapabilities capabilities) {
    try (LspSession session = LspSession.start(new RenamingEngine())) {
      session.initialize(capabilities, null);
      String uri = LspSession.agentUri("old-name.md");
      session.open(uri, DiagnosticsTest.CLEAN);
      return actions(session, uri, at(1, 2), null).stream().filter(a -> a.getTitle().equals("Rename the file (test)")).toList();
    }
  }

  @Test
  void aRenameFileFixIsOfferedOnlyToClientsThatCanRenameFiles() {
    assertEquals(List.of(), renameActions(Clients.bare().build()));
    assertEquals(List.of(), renameActions(Clients.bare().documentChanges("create").build()));
    List<CodeAction> offered = renameActions(Clients.bare().documentChanges("create", "rename").build());
    assertEquals(1, offered.size());
    RenameFile rename = (RenameFile) offered.get(0).getEdit().getDocumentChanges().get(0).getRight();
    assertEquals(LspSession.agentUri("old-name.md"), rename.getOldUri());
    assertEquals(LspSession.agentUri("renamed.md"), rename.getNewUri());
  }

  @Test
  void anOrdinaryMarkdownFileHasNoCodeActions() {
    try (LspSession session = LspSession.initialized(Clients.bare().build())) {
      String uri = LspSession.markdownUri("notes.md");
      session.open(uri, QUOTABLE);
      assertTrue(actions(session, uri, whole(), null).isEmpty());
    }
  }
}
