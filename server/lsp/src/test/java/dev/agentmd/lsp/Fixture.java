package dev.agentmd.lsp;

import dev.agentmd.core.text.LineMap;
import dev.agentmd.core.text.LineMap.ColumnUnit;
import org.eclipse.lsp4j.Position;

/**
 * A text with a {@code $0} cursor marker: the text without the marker, and the cursor as an LSP
 * position in the encoding a test negotiated.
 */
record Fixture(String text, int offset) {

  static Fixture of(String marked) {
    int offset = marked.indexOf("$0");
    if (offset < 0 || marked.indexOf("$0", offset + 1) >= 0) {
      throw new IllegalArgumentException("a fixture needs exactly one $0 cursor");
    }
    return new Fixture(marked.substring(0, offset) + marked.substring(offset + 2), offset);
  }

  Position cursor(ColumnUnit unit) {
    LineMap.Position position = new LineMap(text).position(offset, unit);
    return new Position(position.line(), position.column());
  }

  Position cursor() {
    return cursor(ColumnUnit.UTF16);
  }
}
