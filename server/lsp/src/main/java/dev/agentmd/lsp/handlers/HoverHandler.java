package dev.agentmd.lsp.handlers;

import dev.agentmd.lsp.documents.OpenDocument;
import dev.agentmd.lsp.session.Session;
import org.eclipse.lsp4j.Hover;
import org.eclipse.lsp4j.MarkupContent;
import org.eclipse.lsp4j.MarkupKind;
import org.eclipse.lsp4j.Position;

/** {@code textDocument/hover}: the core's markdown for the token under the cursor, or nothing. */
final class HoverHandler {

  private HoverHandler() {}

  /** The hover, or {@code null}, which LSP reads as "nothing to show". */
  static Hover hover(Session session, OpenDocument document, Position position) {
    int offset = session.converter().offset(document.lines(), position);
    return session
        .parse(document)
        .flatMap(parsed -> session.engine().hover(parsed.file(), session.engine().schema(parsed.kind()), offset))
        .map(info -> new Hover(
            new MarkupContent(MarkupKind.MARKDOWN, info.markdown()),
            session.converter().range(document.lines(), info.range())))
        .orElse(null);
  }
}
