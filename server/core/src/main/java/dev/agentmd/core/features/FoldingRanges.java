package dev.agentmd.core.features;

import dev.agentmd.core.syntax.ParsedFile;
import dev.agentmd.core.text.Span;
import dev.agentmd.core.yaml.YamlEntry;
import dev.agentmd.core.yaml.YamlMapping;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Foldable regions: the frontmatter, each top-level entry that spans several lines ({@code hooks},
 * a block-scalar {@code description}), and each body section under a heading. Regions on one line
 * are left out.
 */
public final class FoldingRanges {

  private FoldingRanges() {}

  /** All folds, ordered by start. */
  public static List<Fold> of(ParsedFile file) {
    String text = file.text();
    List<Fold> out = new ArrayList<>();
    file.frontmatter()
        .ifPresent(frontmatter -> add(text, DocumentSymbols.span(text, frontmatter), FoldKind.FRONTMATTER, out));
    for (YamlEntry entry : file.root().map(YamlMapping::entries).orElse(List.of())) {
      add(text, DocumentSymbols.entrySpan(text, entry), FoldKind.REGION, out);
    }
    addSections(text, DocumentSymbols.headings(file), out);
    out.sort(Comparator.comparing(Fold::span));
    return out;
  }

  private static void addSections(String text, List<Symbol> headings, List<Fold> out) {
    for (Symbol heading : headings) {
      add(text, heading.range(), FoldKind.SECTION, out);
      addSections(text, heading.children(), out);
    }
  }

  private static void add(String text, Span span, FoldKind kind, List<Fold> out) {
    for (int i = span.start(); i < span.end(); i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '\r') {
        out.add(new Fold(span, kind));
        return;
      }
    }
  }
}
