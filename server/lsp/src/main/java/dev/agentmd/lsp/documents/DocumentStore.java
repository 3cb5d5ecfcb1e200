package dev.agentmd.lsp.documents;

import dev.agentmd.core.text.LineMap;
import dev.agentmd.core.text.Span;
import dev.agentmd.lsp.convert.LspConverter;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.lsp4j.TextDocumentContentChangeEvent;

/**
 * The open documents by URI, each the latest version the client sent. Changes arrive on the LSP
 * dispatch thread, in order; readers on any thread get immutable {@link OpenDocument} snapshots.
 *
 * <p>A change whose version is not newer than the stored one is a duplicate or arrived out of
 * order; it is ignored rather than applied to text it was not computed against.
 */
public final class DocumentStore {

  /** What became of a {@code didChange}. */
  public enum ChangeOutcome {
    APPLIED,
    UNKNOWN_DOCUMENT,
    STALE_VERSION
  }

  private final Map<String, OpenDocument> documents = new ConcurrentHashMap<>();
  private final LspConverter converter;

  public DocumentStore(LspConverter converter) {
    this.converter = converter;
  }

  /** Opens (or re-opens) a document with its full text. */
  public OpenDocument open(String uri, int version, String text) {
    OpenDocument document = OpenDocument.of(uri, version, text);
    documents.put(uri, document);
    return document;
  }

  /**
   * Applies a {@code didChange}: each event in order, a ranged one to the text the previous events
   * produced, a range-less one replacing the whole text. A {@code null} version is accepted and
   * keeps the current one.
   */
  public ChangeOutcome change(String uri, Integer version, List<TextDocumentContentChangeEvent> changes) {
    OpenDocument current = documents.get(uri);
    if (current == null) {
      return ChangeOutcome.UNKNOWN_DOCUMENT;
    }
    if (version != null && version <= current.version()) {
      return ChangeOutcome.STALE_VERSION;
    }
    String text = current.text();
    LineMap lines = current.lines();
    for (TextDocumentContentChangeEvent change : changes) {
      String inserted = change.getText() == null ? "" : change.getText();
      if (change.getRange() == null) {
        text = inserted;
      } else {
        Span span = converter.span(lines, change.getRange());
        text = text.substring(0, span.start()) + inserted + text.substring(span.end());
      }
      lines = new LineMap(text);
    }
    int newVersion = version == null ? current.version() : version;
    documents.put(uri, new OpenDocument(uri, newVersion, text, current.path(), lines));
    return ChangeOutcome.APPLIED;
  }

  /** Closes a document; true when it was open. */
  public boolean close(String uri) {
    return documents.remove(uri) != null;
  }

  public Optional<OpenDocument> get(String uri) {
    return uri == null ? Optional.empty() : Optional.ofNullable(documents.get(uri));
  }

  /** True when {@code document} is still the latest version of its URI. */
  public boolean isCurrent(OpenDocument document) {
    // Every open or change stores a new snapshot, so identity means "nothing happened since".
    return documents.get(document.uri()) == document;
  }

  public Collection<OpenDocument> all() {
    return List.copyOf(documents.values());
  }
}
