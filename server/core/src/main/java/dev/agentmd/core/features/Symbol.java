package dev.agentmd.core.features;

import dev.agentmd.core.text.Span;
import java.util.List;

/**
 * An outline entry: the frontmatter with its keys, or a body heading with the headings under it.
 *
 * @param name never empty
 * @param detail a short preview (a key's value, at most 40 characters); may be empty
 * @param range everything the symbol covers, trailing blank lines excluded
 * @param selection the part to reveal and select (the key, the heading text); inside {@code range}
 * @param children symbols nested inside {@code range}, in source order
 */
public record Symbol(String name, String detail, SymbolKind kind, Span range, Span selection, List<Symbol> children) {

  public Symbol {
    children = List.copyOf(children);
  }
}
