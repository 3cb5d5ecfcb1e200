package dev.agentmd.core.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentmd.core.analysis.AgentAnalyzer;
import dev.agentmd.core.analysis.SourceDocument;
import dev.agentmd.core.examples.DescriptionExamples;
import dev.agentmd.core.examples.ExampleBlock;
import dev.agentmd.core.examples.ExampleProblem;
import dev.agentmd.core.examples.LogicalText;
import dev.agentmd.core.kind.FileKind;
import dev.agentmd.core.syntax.ParsedFile;
import dev.agentmd.core.text.Span;
import java.nio.file.Path;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.statistics.Statistics;

/**
 * Proves the scalar source map exact: random descriptions (with {@code :}, {@code #}, quotes,
 * backslashes, non-ASCII text, emoji and {@code <example>} blocks) are written in every scalar
 * style, with random folds, escapes, chomping and indentation indicators, LF or CRLF; the file is
 * parsed as the analyzer parses it, and every decoded char must map to the source that produces it.
 */
class ScalarOffsetsPropertyTest {

  private static final AgentAnalyzer ANALYZER = AgentAnalyzer.create();

  @Property(tries = 1500)
  void everyDecodedCharMapsToTheSourceThatProducesIt(
      @ForAll("descriptions") String description,
      @ForAll ScalarRenderer.Style style,
      @ForAll long seed,
      @ForAll boolean crlf) {
    String rendered = new ScalarRenderer(new Random(seed)).render(description, style);
    String text = "---\nname: code-reviewer\ndescription: " + rendered + "\nmodel: sonnet\n---\nBody.\n";
    if (crlf) {
      text = text.replace("\n", "\r\n");
    }
    ParsedFile file = ANALYZER.parse(SourceDocument.ofText(Path.of("a.md"), text), FileKind.CLAUDE_AGENT);
    Assume.that(file.root().flatMap(root -> root.get("description")).orElse(null) instanceof YamlScalar);
    YamlScalar scalar = (YamlScalar) file.root().get().get("description").get();
    Assume.that(scalar.isString());
    Statistics.collect(style, scalar.style());
    assertExact(text, scalar);
  }

  @Property(tries = 600)
  void everyLogicalCharAndEveryExampleTagMapsToItsSource(
      @ForAll("descriptions") String description,
      @ForAll ScalarRenderer.Style style,
      @ForAll long seed,
      @ForAll boolean crlf) {
    String rendered = new ScalarRenderer(new Random(seed)).render(description, style);
    String text = "---\nname: code-reviewer\ndescription: " + rendered + "\nmodel: sonnet\n---\nBody.\n";
    if (crlf) {
      text = text.replace("\n", "\r\n");
    }
    ParsedFile file = ANALYZER.parse(SourceDocument.ofText(Path.of("a.md"), text), FileKind.CLAUDE_AGENT);
    Assume.that(file.root().flatMap(root -> root.get("description")).orElse(null) instanceof YamlScalar);
    YamlScalar scalar = (YamlScalar) file.root().get().get("description").get();
    Assume.that(scalar.isString());
    DescriptionExamples examples = DescriptionExamples.of(text, scalar);
    LogicalText logical = examples.text();
    assertTrue(logical.exact());
    ScalarOffsets offsets = ScalarOffsets.of(text, scalar);
    int decoded = 0;
    for (int i = 0; i < logical.length(); i++) {
      String source = logical.span(i, i + 1).textOf(text);
      boolean converted = logical.text().charAt(i) == '\n' && !scalar.style().isBlock()
          && scalar.value().startsWith("\\n", decoded);
      int width = converted ? 2 : 1;
      assertEquals(offsets.span(decoded, decoded + width).textOf(text), source);
      if (converted) {
        assertTrue(source.equals("\\n") || scalar.style() == ScalarStyle.DOUBLE_QUOTED && source.startsWith("\\"),
            () -> "a converted break maps to " + show(source));
      }
      decoded += width;
    }
    assertEquals(scalar.value().length(), decoded);
    String document = text;
    for (ExampleBlock block : examples.blocks()) {
      assertEquals('<', document.charAt(block.openTag().start()), () -> show(block.openTag().textOf(document)));
      block.closeTag().ifPresent(close -> assertTrue(close.textOf(document).startsWith("<")));
    }
    for (ExampleProblem problem : examples.problems()) {
      char first = document.charAt(problem.span().start());
      assertTrue(first == problem.found().charAt(0) || first == '\\' && scalar.style() == ScalarStyle.DOUBLE_QUOTED,
          () -> problem + " starts at " + show(problem.span().textOf(document)));
    }
  }

  /** Descriptions: prose, tricky chars and example blocks, joined by line breaks. */
  @Provide
  Arbitrary<String> descriptions() {
    Arbitrary<String> word =
        Arbitraries.strings()
            .withChars("abcxyzABC019")
            .withChars(":#'\"\\,.!?-*&<>/|%@`[]{}")
            .withChars("éü中文ñ")
            .withChars('\t')
            .ofMinLength(1)
            .ofMaxLength(8);
    Arbitrary<String> emoji = Arbitraries.of("🚀", "😀", "𝄞");
    Arbitrary<String> fixed =
        Arbitraries.of(
            "<example>", "</example>", "<commentary>", "</commentary>", "Context: ", "user: \"",
            "assistant: \"I'll use the code-reviewer agent\"", "\\n", "\\\\n", ": ", " #", "''", "\\\"",
            "<Task tool invocation with code-reviewer agent>");
    Arbitrary<String> piece = Arbitraries.oneOf(word, word, emoji, fixed, Arbitraries.of(" ", "  ", "\n", "\n\n"));
    return piece.list().ofMinSize(1).ofMaxSize(30).map(pieces -> String.join("", pieces));
  }

  static void assertExact(String text, YamlScalar scalar) {
    ScalarOffsets offsets = ScalarOffsets.of(text, scalar);
    String value = scalar.value();
    assertTrue(offsets.exact(), () -> "not exact: " + scalar.style() + " " + show(scalar.span().textOf(text)) + " value " + show(value));
    assertEquals(value.length(), offsets.length());
    int previousEnd = scalar.span().start();
    boolean[] covered = new boolean[text.length()];
    for (int i = 0; i < value.length(); i++) {
      Span source = offsets.charSpan(i);
      int index = i;
      boolean sameEscape = i > 0 && source.equals(offsets.charSpan(i - 1)) && Character.isLowSurrogate(value.charAt(i));
      assertTrue((source.start() >= previousEnd || sameEscape) && !source.isEmpty(),
          () -> "char " + index + " maps to " + source + " overlapping the previous, in " + show(scalar.span().textOf(text)));
      previousEnd = source.end();
      for (int s = source.start(); s < source.end(); s++) {
        covered[s] = true;
      }
      String produced = source.textOf(text);
      char decoded = value.charAt(i);
      boolean copied = produced.length() == 1 && produced.charAt(0) == decoded;
      boolean escape =
          scalar.style() == ScalarStyle.DOUBLE_QUOTED && produced.startsWith("\\") && decodesTo(produced, decoded)
              || scalar.style() == ScalarStyle.SINGLE_QUOTED && produced.equals("''") && decoded == '\'';
      boolean lineBreak = decoded == '\n' && (produced.equals("\n") || produced.equals("\r\n"));
      // A fold maps to blanks and line breaks; after an escaped line break, to its backslash too.
      String gap = scalar.style() == ScalarStyle.DOUBLE_QUOTED && produced.startsWith("\\") ? produced.substring(1) : produced;
      boolean fold = (decoded == ' ' || decoded == '\n') && (gap.indexOf('\n') >= 0 || gap.indexOf('\r') >= 0)
          && gap.strip().isEmpty();
      assertTrue(copied || escape || lineBreak || fold,
          () -> "decoded char " + index + " " + show(String.valueOf(decoded)) + " maps to " + show(produced)
              + " in " + scalar.style() + " " + show(scalar.span().textOf(text)));
    }
    assertContentCovered(text, scalar, covered);
  }

  /** No source char that is content (not a blank, break, quote, header or escape part) is left unmapped. */
  private static void assertContentCovered(String text, YamlScalar scalar, boolean[] covered) {
    Span span = scalar.span();
    int from = span.start();
    int to = span.end();
    if (scalar.style().isQuoted()) {
      from++;
      to--;
    } else if (scalar.style().isBlock()) {
      while (from < to && text.charAt(from) != '\n' && text.charAt(from) != '\r') {
        from++;
      }
    }
    for (int s = from; s < to; s++) {
      char c = text.charAt(s);
      boolean escapedBreak = c == '\\' && scalar.style() == ScalarStyle.DOUBLE_QUOTED && s + 1 < to
          && (text.charAt(s + 1) == '\n' || text.charAt(s + 1) == '\r');
      if (!covered[s] && !escapedBreak && c != ' ' && c != '\t' && c != '\n' && c != '\r') {
        int at = s;
        assertTrue(false, () -> "source char " + show(String.valueOf(c)) + " at " + at + " is not mapped in "
            + scalar.style() + " " + show(span.textOf(text)));
      }
    }
  }

  private static boolean decodesTo(String escape, char decoded) {
    char letter = escape.charAt(1);
    if (letter == 'x' || letter == 'u' || letter == 'U') {
      String units = new String(Character.toChars(Integer.parseInt(escape.substring(2), 16)));
      return units.indexOf(decoded) >= 0;
    }
    String from = "0abt\tnvfre \"/\\N_LP";
    String to = "\0\u0007\b\t\t\n\u000b\f\r\u001b \"/\\\u0085\u00a0\u2028\u2029";
    int at = from.indexOf(letter);
    return escape.length() == 2 && at >= 0 && to.charAt(at) == decoded;
  }

  static String show(String s) {
    return "«" + s.replace("\r", "␍").replace("\n", "↵").replace("\t", "⇥") + "»";
  }
}
