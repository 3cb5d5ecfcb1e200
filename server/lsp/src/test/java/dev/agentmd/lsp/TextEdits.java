package dev.agentmd.lsp;

import dev.agentmd.core.text.LineMap;
import dev.agentmd.core.text.LineMap.ColumnUnit;
import java.util.Comparator;
import java.util.List;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextEdit;

/** Applies LSP text edits to a text, as a client would, to check what a fix produces. */
final class TextEdits {

  private TextEdits() {}

  static String apply(String text, List<TextEdit> edits, ColumnUnit unit) {
    LineMap lines = new LineMap(text);
    StringBuilder out = new StringBuilder(text);
    edits.stream()
        .sorted(Comparator.comparingInt((TextEdit edit) -> offset(lines, edit.getRange().getStart(), unit)).reversed())
        .forEach(
            edit ->
                out.replace(
                    offset(lines, edit.getRange().getStart(), unit),
                    offset(lines, edit.getRange().getEnd(), unit),
                    edit.getNewText()));
    return out.toString();
  }

  static int offset(LineMap lines, Position position, ColumnUnit unit) {
    return lines.offset(new LineMap.Position(position.getLine(), position.getCharacter()), unit);
  }
}
