package dev.agentmd.app.check;

import dev.agentmd.core.config.Settings;
import dev.agentmd.core.kind.FileKind;
import java.io.IOException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * One document to check.
 *
 * @param displayPath the path as the user sees it in reports: relative when they gave a relative
 *     path, and the sort key of the output
 * @param contextPath the path the analyzer sees, relative to the project root where one is found;
 *     it decides the kind and location-dependent rules (plugin agent or project agent); empty
 *     for unnamed standard input
 * @param kind the kind to check the document as
 * @param settings the settings for this document: its config file's, with the command line's
 *     {@code --rule} options on top
 * @param file the file on disk (absolute), which {@code --fix} writes; empty for standard input
 * @param content reads the document's bytes (from disk, or the bytes already read from stdin)
 */
public record CheckTarget(
    String displayPath,
    Optional<Path> contextPath,
    FileKind kind,
    Settings settings,
    Optional<Path> file,
    Content content) {

  /** Where a document's bytes come from; reading happens on a worker thread. */
  @FunctionalInterface
  public interface Content {
    byte[] read() throws IOException;
  }
}
