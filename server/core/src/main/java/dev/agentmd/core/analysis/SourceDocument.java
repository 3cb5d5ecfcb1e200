package dev.agentmd.core.analysis;

import java.nio.file.Path;
import java.util.Optional;

/**
 * What to analyse: the file's path (for its name and kind; empty for unnamed input) and its
 * content, either as the editor's text or as the bytes on disk.
 */
public record SourceDocument(Optional<Path> path, Optional<String> text, Optional<byte[]> bytes) {

  public static SourceDocument ofText(Path path, String text) {
    return new SourceDocument(Optional.ofNullable(path), Optional.of(text), Optional.empty());
  }

  public static SourceDocument ofBytes(Path path, byte[] bytes) {
    return new SourceDocument(Optional.ofNullable(path), Optional.empty(), Optional.of(bytes));
  }
}
