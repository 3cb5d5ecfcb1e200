package dev.agentmd.core.features;

import dev.agentmd.core.text.Span;

/**
 * One completion proposal, ready for an edge to turn into its protocol's type.
 *
 * <p>Multi-line insert texts (the {@code hooks} skeleton, a hook event with its matcher group) are
 * written relative to the column of the line being completed; the LSP edge should send them with
 * {@code InsertTextMode.AdjustIndentation}.
 *
 * @param label what the list shows, and what is inserted when {@code insertText} is the same
 * @param detail a short line beside the label (type, source of the value)
 * @param documentation markdown; may be empty
 * @param insertText the text that replaces {@code replace}
 * @param snippet whether {@code insertText} uses LSP snippet syntax ({@code ${1:x}}); when false it
 *     is plain text
 * @param sortText orders the list; compare as strings
 * @param filterText what the client matches the typed text against
 * @param replace the range of {@code ParsedFile.text()} that {@code insertText} replaces: on the
 *     cursor's line, containing the cursor
 */
public record CompletionItem(
    String label,
    ItemKind kind,
    String detail,
    String documentation,
    String insertText,
    boolean snippet,
    String sortText,
    String filterText,
    Span replace) {}
