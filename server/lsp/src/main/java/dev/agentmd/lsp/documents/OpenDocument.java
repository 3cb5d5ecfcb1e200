package dev.agentmd.lsp.documents;

import dev.agentmd.core.analysis.SourceDocument;
import dev.agentmd.core.text.LineMap;
import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One version of an open editor document: immutable, so a request or an analysis can hold it while
 * the editor keeps typing.
 *
 * @param uri the client's URI, the store's key
 * @param version the client's version of this text
 * @param text the full text
 * @param path the file the URI names, when it is a {@code file:} URI
 * @param lines line starts of {@code text}, for converting positions
 */
public record OpenDocument(String uri, int version, String text, Optional<Path> path, LineMap lines) {

  public static OpenDocument of(String uri, int version, String text) {
    return new OpenDocument(uri, version, text, pathOf(uri), new LineMap(text));
  }

  public OpenDocument withText(int newVersion, String newText) {
    return new OpenDocument(uri, newVersion, newText, path, new LineMap(newText));
  }

  public SourceDocument source() {
    return new SourceDocument(path.map(ContextPath::of), Optional.of(text), Optional.empty());
  }

  /** The path of a {@code file:} URI; other schemes ({@code untitled:}, {@code git:}) have none. */
  public static Optional<Path> pathOf(String uri) {
    try {
      URI parsed = new URI(uri);
      if (!"file".equalsIgnoreCase(parsed.getScheme())) {
        return Optional.empty();
      }
      return Optional.of(Path.of(parsed));
    } catch (Exception e) {
      // A malformed URI names no file we could check; the document is simply not an agent file.
      return Optional.empty();
    }
  }
}
