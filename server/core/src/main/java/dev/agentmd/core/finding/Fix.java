package dev.agentmd.core.finding;

import dev.agentmd.core.text.Span;
import java.util.List;

/**
 * A suggested fix as data. {@code safe} fixes never change what Claude Code does with a valid file
 * beyond the finding itself, so editors may apply them in bulk ("fix all") and {@code check --fix}
 * may write them.
 */
public record Fix(String title, List<Edit> edits, boolean safe) {

  public Fix {
    edits = List.copyOf(edits);
  }

  public static Fix replace(String title, Span span, String newText, boolean safe) {
    return new Fix(title, List.of(new Edit.Replace(span, newText)), safe);
  }

  public static Fix renameFile(String title, String newFileName) {
    return new Fix(title, List.of(new Edit.RenameFile(newFileName)), false);
  }
}
