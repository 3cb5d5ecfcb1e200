package dev.agentmd.core.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

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
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Proves the scalar source map exact: random descriptions (with {@code :}, {@code #}, quotes,
 * backslashes, non-ASCII text, emoji and {@code <example>} blocks) are written in every scalar
 * style, with random folds, escapes, chomping and indentation indicators, LF or CRLF; the file is
 * parsed as the analyzer parses it, and every decoded char must map to the source that produces it.
 *
 * <p>Each case is drawn from a {@link Random} seeded with its case seed (0, 1, 2, ...), so a case is
 * reproduced by its seed alone, which its display name shows. {@code -Dagentmd.propertyCases=N}
 * runs N cases per property instead of the defaults.
 */
class ScalarOffsetsPropertyTest {

  private static final AgentAnalyzer ANALYZER = AgentAnalyzer.create();

  /** Overrides the number of cases of each property. */
  private static final String CASES_PROPERTY = "agentmd.propertyCases";

  private static final String WORD_CHARS = "abcxyzABC019" + ":#'\"\\,.!?-*&<>/|%@`[]{}" + "éü中文ñ" + "\t";
  private static final List<String> EMOJI = List.of("🚀", "😀", "𝄞");
  private static final List<String> FIXED =
      List.of(
          "<example>", "</example>", "<commentary>", "</commentary>", "Context: ", "user: \"",
          "assistant: \"I'll use the code-reviewer agent\"", "\\n", "\\\\n", ": ", " #", "''", "\\\"",
          "<Task tool invocation with code-reviewer agent>");
  private static final List<String> BLANKS = List.of(" ", "  ", "\n", "\n\n");

  @TestFactory
  Stream<DynamicTest> everyDecodedCharMapsToTheSourceThatProducesIt() {
    return cases(1500, scalarCase -> {
      String text = scalarCase.text();
      YamlScalar scalar = scalarCase.parse();
      assertExact(text, scalar);
    });
  }

  @TestFactory
  Stream<DynamicTest> everyLogicalCharAndEveryExampleTagMapsToItsSource() {
    return cases(600, scalarCase -> {
      String text = scalarCase.text();
      YamlScalar scalar = scalarCase.parse();
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
    });
  }

  /**
   * Cases with seeds 0 to n - 1, n being the default or {@value #CASES_PROPERTY}; each is named by its
   * seed, and a failure names it too, since Surefire reports a dynamic test by its index (seed + 1).
   */
  private static Stream<DynamicTest> cases(int defaultCount, Consumer<ScalarCase> property) {
    long count = Long.getLong(CASES_PROPERTY, defaultCount);
    return LongStream.range(0, count)
        .mapToObj(ScalarCase::of)
        .map(scalarCase -> dynamicTest(scalarCase.toString(), () -> {
          try {
            property.accept(scalarCase);
          } catch (AssertionError failure) {
            throw new AssertionError(scalarCase + ": " + failure.getMessage(), failure);
          }
        }));
  }

  /** One case: a description written in a style by a renderer with its own seed, with LF or CRLF. */
  private record ScalarCase(long seed, String description, ScalarRenderer.Style style, long renderSeed, boolean crlf) {

    static ScalarCase of(long seed) {
      // Spread the small case seeds over the seed space: Random's first draws from adjacent seeds are alike.
      Random random = new Random(seed * 0x9E3779B97F4A7C15L);
      String description = description(random);
      ScalarRenderer.Style[] styles = ScalarRenderer.Style.values();
      ScalarRenderer.Style style = styles[random.nextInt(styles.length)];
      return new ScalarCase(seed, description, style, random.nextLong(), random.nextBoolean());
    }

    /** A description: prose, tricky chars and example blocks, joined by line breaks. */
    private static String description(Random random) {
      int pieces = 1 + random.nextInt(30);
      StringBuilder out = new StringBuilder();
      for (int p = 0; p < pieces; p++) {
        switch (random.nextInt(5)) {
          case 0, 1 -> {
            int length = 1 + random.nextInt(8);
            for (int i = 0; i < length; i++) {
              out.append(WORD_CHARS.charAt(random.nextInt(WORD_CHARS.length())));
            }
          }
          case 2 -> out.append(EMOJI.get(random.nextInt(EMOJI.size())));
          case 3 -> out.append(FIXED.get(random.nextInt(FIXED.size())));
          default -> out.append(BLANKS.get(random.nextInt(BLANKS.size())));
        }
      }
      return out.toString();
    }

    String text() {
      String rendered = new ScalarRenderer(new Random(renderSeed)).render(description, style);
      String text = "---\nname: code-reviewer\ndescription: " + rendered + "\nmodel: sonnet\n---\nBody.\n";
      return crlf ? text.replace("\n", "\r\n") : text;
    }

    /** The description as the analyzer parses it; a case whose description is not a string scalar is skipped. */
    YamlScalar parse() {
      ParsedFile file = ANALYZER.parse(SourceDocument.ofText(Path.of("a.md"), text()), FileKind.CLAUDE_AGENT);
      assumeTrue(file.root().flatMap(root -> root.get("description")).orElse(null) instanceof YamlScalar,
          () -> "description is not a scalar");
      YamlScalar scalar = (YamlScalar) file.root().get().get("description").get();
      assumeTrue(scalar.isString(), () -> "description is not a string");
      return scalar;
    }

    @Override
    public String toString() {
      return "seed " + seed + ": " + style + (crlf ? " CRLF " : " LF ") + show(description);
    }
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
