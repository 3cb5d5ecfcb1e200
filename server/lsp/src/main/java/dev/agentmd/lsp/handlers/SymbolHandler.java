package dev.agentmd.lsp.handlers;

import dev.agentmd.core.features.Symbol;
import dev.agentmd.lsp.convert.LspConverter;
import dev.agentmd.lsp.documents.OpenDocument;
import dev.agentmd.lsp.session.Session;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.DocumentSymbol;
import org.eclipse.lsp4j.Location;
import org.eclipse.lsp4j.SymbolInformation;
import org.eclipse.lsp4j.SymbolKind;
import org.eclipse.lsp4j.jsonrpc.messages.Either;

/**
 * {@code textDocument/documentSymbol}: the outline (frontmatter and its keys, body headings) as a
 * {@code DocumentSymbol} tree for clients that take one, else as a flat list whose entries name
 * their parent in {@code containerName}.
 */
final class SymbolHandler {

  private SymbolHandler() {}

  static List<Either<SymbolInformation, DocumentSymbol>> symbols(Session session, OpenDocument document) {
    List<Symbol> outline =
        session.parse(document).map(parsed -> session.engine().symbols(parsed.file())).orElse(List.of());
    List<Either<SymbolInformation, DocumentSymbol>> out = new ArrayList<>();
    if (session.profile().hierarchicalSymbols()) {
      outline.forEach(symbol -> out.add(Either.forRight(tree(session.converter(), document, symbol))));
    } else {
      flatten(session.converter(), document, outline, null, out);
    }
    return out;
  }

  private static DocumentSymbol tree(LspConverter converter, OpenDocument document, Symbol symbol) {
    List<DocumentSymbol> children = new ArrayList<>();
    symbol.children().forEach(child -> children.add(tree(converter, document, child)));
    return new DocumentSymbol(
        symbol.name(),
        kind(symbol.kind()),
        converter.range(document.lines(), symbol.range()),
        converter.range(document.lines(), symbol.selection()),
        symbol.detail().isEmpty() ? null : symbol.detail(),
        children);
  }

  @SuppressWarnings("deprecation") // SymbolInformation is what clients without hierarchy support read.
  private static void flatten(
      LspConverter converter,
      OpenDocument document,
      List<Symbol> symbols,
      String container,
      List<Either<SymbolInformation, DocumentSymbol>> out) {
    for (Symbol symbol : symbols) {
      Location location = new Location(document.uri(), converter.range(document.lines(), symbol.range()));
      out.add(Either.forLeft(new SymbolInformation(symbol.name(), kind(symbol.kind()), location, container)));
      flatten(converter, document, symbol.children(), symbol.name(), out);
    }
  }

  static SymbolKind kind(dev.agentmd.core.features.SymbolKind kind) {
    return switch (kind) {
      case FRONTMATTER -> SymbolKind.Module;
      case KEY -> SymbolKind.Property;
      case HEADING -> SymbolKind.String;
      case EXAMPLE -> SymbolKind.Object;
    };
  }
}
