package dev.agentmd.core.features;

import dev.agentmd.core.syntax.Frontmatter;
import dev.agentmd.core.syntax.ParsedFile;
import dev.agentmd.core.text.LineMap;
import dev.agentmd.core.text.Span;
import java.util.Optional;

/**
 * The lines of a file that completion and hover read as frontmatter, from the first line after the
 * opening fence to the last line before the closing one.
 *
 * <p>While a file is being written the frontmatter is often not closed yet, and the reader ends
 * such a block before the first line that cannot continue YAML, such as a half-typed key ({@code
 * na}). For completion that line still belongs to the frontmatter.
 */
record FrontmatterRegion(int firstLine, int lastLine) {

  /** The region around the cursor for completion, or empty when the cursor is not in it. */
  static Optional<FrontmatterRegion> forCompletion(ParsedFile file, int offset) {
    if (file.frontmatter().isEmpty()) {
      return Optional.empty();
    }
    Frontmatter frontmatter = file.frontmatter().get();
    Span content = frontmatter.content();
    LineMap lines = file.lines();
    int line = lines.lineOf(offset);
    if (offset < content.start() || line == lines.lineOf(frontmatter.openingFence().start())) {
      return Optional.empty();
    }
    int firstLine = lines.lineOf(content.start());
    if (frontmatter.closed()) {
      return offset < content.end()
          ? Optional.of(new FrontmatterRegion(firstLine, lines.lineOf(content.end()) - 1))
          : Optional.empty();
    }
    if (offset < content.end()) {
      return Optional.of(new FrontmatterRegion(firstLine, lines.lineOf(content.end() - 1)));
    }
    String text = file.text();
    for (int i = lines.lineOf(content.end()); i < line; i++) {
      if (!isBlank(text, lines.lineStart(i), lines.lineContentEnd(i))) {
        return Optional.empty();
      }
    }
    return isKeyPrefix(text, lines.lineStart(line), offset)
        ? Optional.of(new FrontmatterRegion(firstLine, line))
        : Optional.empty();
  }

  /** The region for hover: only what the reader took as frontmatter. */
  static Optional<FrontmatterRegion> forHover(ParsedFile file, int offset) {
    if (file.frontmatter().isEmpty()) {
      return Optional.empty();
    }
    Span content = file.frontmatter().get().content();
    if (!content.contains(offset)) {
      return Optional.empty();
    }
    LineMap lines = file.lines();
    return Optional.of(new FrontmatterRegion(lines.lineOf(content.start()), lines.lineOf(content.end() - 1)));
  }

  /** Letters, digits, {@code _} and {@code -}: what a key being typed looks like. */
  static boolean isKeyPrefix(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = text.charAt(i);
      if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  private static boolean isBlank(String text, int start, int end) {
    for (int i = start; i < end; i++) {
      if (!YamlLine.isBlank(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
