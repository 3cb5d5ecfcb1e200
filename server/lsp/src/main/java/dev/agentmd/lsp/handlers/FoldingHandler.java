package dev.agentmd.lsp.handlers;

import dev.agentmd.core.features.Fold;
import dev.agentmd.core.features.FoldKind;
import dev.agentmd.lsp.documents.OpenDocument;
import dev.agentmd.lsp.session.Session;
import java.util.ArrayList;
import java.util.List;
import org.eclipse.lsp4j.FoldingRange;
import org.eclipse.lsp4j.FoldingRangeKind;
import org.eclipse.lsp4j.Range;

/**
 * {@code textDocument/foldingRange}: the core's folds as line ranges. Folding is by whole lines in
 * every encoding, so no columns are sent; a fold that ends where a line begins ends on the line
 * before, and a fold within one line is dropped.
 */
final class FoldingHandler {

  private FoldingHandler() {}

  static List<FoldingRange> folds(Session session, OpenDocument document) {
    List<FoldingRange> out = new ArrayList<>();
    for (Fold fold : session.parse(document).map(parsed -> session.engine().folds(parsed.file())).orElse(List.of())) {
      Range range = session.converter().range(document.lines(), fold.span());
      int startLine = range.getStart().getLine();
      int endLine = range.getEnd().getLine();
      if (endLine > startLine && range.getEnd().getCharacter() == 0) {
        endLine--;
      }
      if (endLine > startLine) {
        FoldingRange folding = new FoldingRange(startLine, endLine);
        // Sections are plain folds; the frontmatter and multi-line entries are regions.
        if (fold.kind() != FoldKind.SECTION) {
          folding.setKind(FoldingRangeKind.Region);
        }
        out.add(folding);
      }
    }
    return out;
  }
}
