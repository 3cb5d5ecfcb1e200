package dev.agentmd.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionParams;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.DocumentSymbolParams;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.FoldingRangeRequestParams;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.InsertTextMode;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.jsonrpc.messages.Either;
import org.junit.jupiter.api.Test;

class FeaturesTest {

  static final String OUTLINED =
      """
      ---
      name: reviewer
      description: Reviews code.
      model: sonnet
      ---
      # Role
      You review.
      ## Steps
      Read the diff.
      """;

  static List<CompletionItem> complete(LspSession session, String uri, Position position) {
    return LspSession.get(
            session.server.getTextDocumentService().completion(new CompletionParams(new TextDocumentIdentifier(uri), position)))
        .getRight()
        .getItems();
  }

  static Hover hover(LspSession session, String uri, Position position) {
    return LspSession.get(session.server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), position)));
  }

  static List<Either<SymbolInformation, DocumentSymbol>> symbols(LspSession session, String uri) {
    return LspSession.get(session.server.getTextDocumentService().documentSymbol(new DocumentSymbolParams(new TextDocumentIdentifier(uri))));
  }

  static List<FoldingRange> folds(LspSession session, String uri) {
    return LspSession.get(session.server.getTextDocumentService().foldingRange(new FoldingRangeRequestParams(new TextDocumentIdentifier(uri))));
  }

  static CompletionItem item(List<CompletionItem> items, String label) {
    return items.stream().filter(i -> i.getLabel().equals(label)).findFirst().orElseThrow(() -> new AssertionError("no " + label + " in " + items));
  }

  @Test
  void completionAfterModelOffersTheModelsWithAnEditAtTheCursor() {
    try (LspSession session = LspSession.initialized(Clients.bare().build())) {
      Fixture fixture = Fixture.of("---\nname: reviewer\ndescription: Reviews code.\nmodel: $0\n---\nBody.\n");
      String uri = LspSession.agentUri("reviewer.md");
      session.open(uri, fixture.text());
      CompletionItem opus = item(complete(session, uri, fixture.cursor()), "opus");
      assertEquals(CompletionItemKind.EnumMember, opus.getKind());
      assertEquals(new Range(fixture.cursor(), fixture.cursor()), opus.getTextEdit().getLeft().getRange());
      assertEquals("opus", opus.getTextEdit().getLeft().getNewText());
      assertEquals(InsertTextFormat.PlainText, opus.getInsertTextFormat());
      assertEquals(MarkupKind.MARKDOWN, opus.getDocumentation().getRight().getKind());
    }
  }

  @Test
  void snippetsGoOnlyToClientsThatTakeThem() {
    Fixture fixture = Fixture.of("---\nname: reviewer\n$0\n---\nBody.\n");
    String uri = LspSession.agentUri("reviewer.md");
    try (LspSession session = LspSession.initialized(Clients.bare().snippets().build())) {
      session.open(uri, fixture.text());
      List<CompletionItem> items = complete(session, uri, fixture.cursor());
      CompletionItem tools = item(items, "tools");
      assertEquals(InsertTextFormat.Snippet, tools.getInsertTextFormat());
      assertEquals("tools: ${1:Read, Grep, Glob}", tools.getTextEdit().getLeft().getNewText());
      assertEquals(InsertTextMode.AdjustIndentation, item(items, "skills").getInsertTextMode());
    }
    try (LspSession session = LspSession.initialized(Clients.bare().build())) {
      session.open(uri, fixture.text());
      CompletionItem tools = item(complete(session, uri, fixture.cursor()), "tools");
      assertEquals(InsertTextFormat.PlainText, tools.getInsertTextFormat());
      assertEquals("tools: Read, Grep, Glob", tools.getTextEdit().getLeft().getNewText());
    }
  }

  @Test
  void anOrdinaryMarkdownFileGetsNoCompletionHoverOrOutline() {
    try (LspSession session = LspSession.initialized(Clients.bare().hierarchicalSymbols().build())) {
      Fixture fixture = Fixture.of("---\nname: reviewer\nmodel: $0\n---\n# Notes\n");
      String uri = LspSession.markdownUri("notes.md");
      session.open(uri, fixture.text());
      assertEquals(List.of(), complete(session, uri, fixture.cursor()));
      assertNull(hover(session, uri, new Position(1, 1)));
      assertEquals(List.of(), symbols(session, uri));
      assertEquals(List.of(), folds(session, uri));
    }
  }

  @Test
  void hoverOnAKeyShowsItsDocumentationOverTheKey() {
    try (LspSession session = LspSession.initialized(Clients.bare().build())) {
      Fixture fixture = Fixture.of(OUTLINED.replace("mo" + "del:", "mo$0del:"));
      String uri = LspSession.agentUri("reviewer.md");
      session.open(uri, fixture.text());
      Hover hover = hover(session, uri, fixture.cursor());
      assertEquals(MarkupKind.MARKDOWN, hover.getContents().getRight().getKind());
      assertTrue(hover.getContents().getRight().getValue().startsWith("**model**"));
      assertEquals(new Range(new Position(3, 0), new Position(3, 5)), hover.getRange());
    }
  }

  @Test
  void theOutlineIsATreeForClientsThatTakeOne() {
    try (LspSession session = LspSession.initialized(Clients.bare().hierarchicalSymbols().build())) {
      String uri = LspSession.agentUri("reviewer.md");
      session.open(uri, OUTLINED);
      List<DocumentSymbol> roots = symbols(session, uri).stream().map(Either::getRight).toList();
      assertEquals(List.of("frontmatter", "Role"), roots.stream().map(DocumentSymbol::getName).toList());
      DocumentSymbol frontmatter = roots.get(0);
      assertEquals(SymbolKind.Module, frontmatter.getKind());
      assertEquals(List.of("name", "description", "model"), frontmatter.getChildren().stream().map(DocumentSymbol::getName).toList());
      assertEquals(SymbolKind.Property, frontmatter.getChildren().get(0).getKind());
      assertEquals(List.of("Steps"), roots.get(1).getChildren().stream().map(DocumentSymbol::getName).toList());
    }
  }

  @Test
  void theOutlineIsAFlatListNamingParentsForOtherClients() {
    try (LspSession session = LspSession.initialized(Clients.bare().build())) {
      String uri = LspSession.agentUri("reviewer.md");
      session.open(uri, OUTLINED);
      List<SymbolInformation> flat = symbols(session, uri).stream().map(Either::getLeft).toList();
      assertEquals(
          List.of("frontmatter", "name", "description", "model", "Role", "Steps"),
          flat.stream().map(SymbolInformation::getName).toList());
      assertEquals("frontmatter", flat.get(1).getContainerName());
      assertEquals("Role", flat.get(5).getContainerName());
      assertEquals(uri, flat.get(5).getLocation().getUri());
    }
  }

  @Test
  void foldingRangesCoverTheFrontmatterAndEachSection() {
    try (LspSession session = LspSession.initialized(Clients.bare().build())) {
      String uri = LspSession.agentUri("reviewer.md");
      session.open(uri, OUTLINED);
      List<FoldingRange> folds = folds(session, uri);
      FoldingRange frontmatter = folds.get(0);
      assertEquals(List.of(0, 4, FoldingRangeKind.Region), List.of(frontmatter.getStartLine(), frontmatter.getEndLine(), frontmatter.getKind()));
      assertTrue(folds.stream().anyMatch(f -> f.getStartLine() == 5 && f.getEndLine() == 8 && f.getKind() == null), folds.toString());
      assertTrue(folds.stream().allMatch(f -> f.getEndLine() > f.getStartLine()));
    }
  }
}
