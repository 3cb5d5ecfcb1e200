package dev.agentmd.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.agentmd.core.analysis.SourceDocument;
import dev.agentmd.core.config.Settings;
import dev.agentmd.core.kind.FileKind;
import dev.agentmd.core.syntax.ParsedFile;
import dev.agentmd.core.text.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Asks every feature at many places of every real agent file in the shared corpus: nothing
 * throws, and every result keeps the promises the LSP edge relies on (ranges contain the cursor,
 * replace one line, nest). Skips when the corpus is absent.
 */
class FeaturesCorpusTest {

  private static final Path CORPUS = Path.of(System.getProperty("agentmd.corpus", "../../../shared/corpus"));

  /**
   * Every how many characters of the frontmatter completion and hover are asked, besides the first
   * characters of the file and every line's start and end.
   */
  private static final int STRIDE = 41;

  @Test
  void everyFeatureKeepsItsPromisesOnEveryCorpusAgentFile() throws IOException {
    Path manifest = CORPUS.resolve("MANIFEST.tsv");
    assumeTrue(Files.isRegularFile(manifest), "corpus not found at " + CORPUS.toAbsolutePath() + "; skipping");
    List<String> broken = new ArrayList<>();
    for (String line : Files.readAllLines(manifest, StandardCharsets.UTF_8)) {
      String[] columns = line.split("\t");
      if (columns.length < 5 || !columns[0].equals("claude-agents")) {
        continue;
      }
      Path path = CORPUS.resolve(columns[4]);
      ParsedFile file =
          Editor.ANALYZER.parse(SourceDocument.ofBytes(path, Files.readAllBytes(path)), FileKind.CLAUDE_AGENT);
      try {
        check(file, path, broken, columns[4]);
      } catch (RuntimeException | StackOverflowError e) {
        broken.add(columns[4] + ": " + e);
      }
      if (broken.size() > 20) {
        break;
      }
    }
    assertEquals(List.of(), broken);
  }

  private static void check(ParsedFile file, Path path, List<String> broken, String name) {
    String text = file.text();
    int end = file.frontmatter().map(f -> Math.min(text.length(), f.content().end() + 8)).orElse(Math.min(text.length(), 64));
    BitSet offsets = new BitSet(end + 1);
    for (int offset = 0; offset <= end; offset += offset < 8 ? 1 : STRIDE) {
      offsets.set(offset);
    }
    for (int line = 0; line <= file.lines().lineOf(end); line++) {
      offsets.set(file.lines().lineStart(line));
      offsets.set(file.lines().lineContentEnd(line));
    }
    for (int at = offsets.nextSetBit(0); at >= 0 && at <= end; at = offsets.nextSetBit(at + 1)) {
      for (CompletionItem item :
          CompletionProvider.complete(new CompletionRequest(file, Editor.SCHEMA, Settings.DEFAULTS, Optional.of(path), at))) {
        String replaced = item.replace().textOf(text);
        if (!item.replace().containsOrTouches(at) || replaced.indexOf('\n') >= 0 || replaced.indexOf('\r') >= 0
            || item.label().isEmpty()) {
          broken.add(name + "@" + at + ": completion " + item);
        }
      }
      int offset = at;
      HoverProvider.hover(file, Editor.SCHEMA, offset)
          .filter(h -> !h.range().containsOrTouches(offset) || h.markdown().isBlank())
          .ifPresent(h -> broken.add(name + "@" + offset + ": hover " + h));
    }
    checkSymbols(DocumentSymbols.of(file), Span.of(0, text.length()), broken, name);
    for (Fold fold : FoldingRanges.of(file)) {
      if (fold.span().end() > text.length() || fold.span().isEmpty()) {
        broken.add(name + ": fold " + fold);
      }
    }
  }

  private static void checkSymbols(List<Symbol> symbols, Span parent, List<String> broken, String name) {
    for (Symbol symbol : symbols) {
      boolean inside = symbol.range().start() >= parent.start() && symbol.range().end() <= parent.end();
      boolean selected =
          symbol.selection().start() >= symbol.range().start() && symbol.selection().end() <= symbol.range().end();
      if (!inside || !selected || symbol.name().isEmpty()) {
        broken.add(name + ": symbol " + symbol.name() + " " + symbol.range() + " " + symbol.selection() + " in " + parent);
      }
      checkSymbols(symbol.children(), symbol.range(), broken, name);
    }
  }
}
