package dev.agentmd.lsp.handlers;

import dev.agentmd.core.features.CompletionRequest;
import dev.agentmd.core.features.ItemKind;
import dev.agentmd.lsp.documents.OpenDocument;
import dev.agentmd.lsp.session.Session;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.CompletionItem;
import org.eclipse.lsp4j.CompletionItemKind;
import org.eclipse.lsp4j.CompletionList;
import org.eclipse.lsp4j.InsertTextFormat;
import org.eclipse.lsp4j.InsertTextMode;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;
import org.eclipse.lsp4j.jsonrpc.CancelChecker;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * {@code textDocument/completion}: the core's proposals as LSP items, each with a {@code textEdit}
 * over the core's replace range. Snippets go to clients that take them and are flattened to plain
 * text for the others; multi-line items ask the client to adjust their indentation.
 */
final class CompletionHandler {

  private CompletionHandler() {}

  static CompletionList complete(
      Session session, OpenDocument document, Position position, CancelChecker cancel) {
    List<CompletionItem> items = new ArrayList<>();
    int offset = session.converter().offset(document.lines(), position);
    session.parse(document).ifPresent(parsed -> {
      CompletionRequest request = new CompletionRequest(
          parsed.file(),
          session.engine().schema(parsed.kind()),
          session.settings().forDocument(document.path()).analysis(),
          document.path(),
          offset);
      for (var proposal : session.engine().complete(request)) {
        cancel.checkCanceled();
        items.add(item(session, document, proposal));
      }
    });
    return new CompletionList(false, items);
  }

  private static CompletionItem item(
      Session session, OpenDocument document, dev.agentmd.core.features.CompletionItem proposal) {
    CompletionItem item = new CompletionItem(proposal.label());
    item.setKind(kind(proposal.kind()));
    if (!proposal.detail().isEmpty()) {
      item.setDetail(proposal.detail());
    }
    if (!proposal.documentation().isEmpty()) {
      item.setDocumentation(new MarkupContent(MarkupKind.MARKDOWN, proposal.documentation()));
    }
    boolean snippet = proposal.snippet() && session.profile().snippets();
    String text = proposal.snippet() && !snippet ? Snippets.plain(proposal.insertText()) : proposal.insertText();
    TextEdit edit = new TextEdit(session.converter().range(document.lines(), proposal.replace()), text);
    item.setTextEdit(Either.forLeft(edit));
    item.setInsertTextFormat(snippet ? InsertTextFormat.Snippet : InsertTextFormat.PlainText);
    if (text.indexOf('\n') >= 0) {
      item.setInsertTextMode(InsertTextMode.AdjustIndentation);
    }
    item.setSortText(proposal.sortText());
    item.setFilterText(proposal.filterText());
    return item;
  }

  static CompletionItemKind kind(ItemKind kind) {
    return switch (kind) {
      case KEY -> CompletionItemKind.Property;
      case VALUE -> CompletionItemKind.Value;
      case TOOL -> CompletionItemKind.Function;
      case MODEL -> CompletionItemKind.EnumMember;
      case EVENT -> CompletionItemKind.Event;
      case SNIPPET -> CompletionItemKind.Snippet;
    };
  }
}
