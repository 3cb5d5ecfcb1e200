package dev.agentmd.core.finding;

import dev.agentmd.core.text.Span;

/** One change a fix makes: a text replacement in the analysed document, or a file rename. */
public sealed interface Edit {

  /** Replaces {@code span} of the analysed text with {@code newText}. */
  record Replace(Span span, String newText) implements Edit {}

  /** Renames the analysed file to {@code newFileName} in its own folder. */
  record RenameFile(String newFileName) implements Edit {}
}
