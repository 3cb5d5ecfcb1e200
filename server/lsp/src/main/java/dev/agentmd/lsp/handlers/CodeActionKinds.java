package dev.agentmd.lsp.handlers;

import java.util.List;
import org.eclipse.lsp4j.CodeActionKind;

/** The code action kinds the server offers. */
public final class CodeActionKinds {

  /** Applies every safe fix in the document whose edits do not overlap. */
  public static final String FIX_ALL = CodeActionKind.SourceFixAll + ".agentmd";

  public static final List<String> ALL = List.of(CodeActionKind.QuickFix, FIX_ALL);

  private CodeActionKinds() {}
}
