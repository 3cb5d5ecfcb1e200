package dev.agentmd.core.yaml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

class ScalarOffsetsTest {

  /** The scalar value of {@code key: <source>}, parsed at offset 0. */
  private static YamlScalar scalar(String document) {
    YamlMapping root = (YamlMapping) YamlTreeBuilder.parse(document, 0).root().orElseThrow();
    return (YamlScalar) root.entries().get(0).value();
  }

  /** The source text that the decoded occurrence of {@code part} maps to. */
  private static String sourceOf(String document, String part) {
    YamlScalar scalar = scalar(document);
    int from = scalar.value().indexOf(part);
    ScalarOffsets offsets = ScalarOffsets.of(document, scalar);
    assertTrue(offsets.exact(), "not exact: " + document);
    return offsets.span(from, from + part.length()).textOf(document);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '~',
      textBlock =
          """
          k: Read, LS                    | LS  | LS
          k: 'it''s, LS'                 | LS  | LS
          k: 'it''s, LS'                 | 's  | ''s
          k: "a\\"b, LS"                 | LS  | LS
          k: "a\\tb"                     | <tab>b | \\tb
          k: "\\x4cS"                    | LS  | \\x4cS
          k: "\\u00e9t\\u00e9, LS"       | LS  | LS
          k: "\\U0001F680 LS"            | LS  | LS
          k: "🚀 LS"                     | LS  | LS
          """)
  void decodedPositionsMapToTheirSourceText(String document, String part, String source) {
    assertEquals(source.strip(), sourceOf(document.strip(), part.strip().replace("<tab>", "\t")));
  }

  @Test
  void aMultiLineScalarFallsBackToItsWholeSpanWithoutTheFinalLineBreak() {
    String document = "k: >\n  Read,\n  LS\nother: 1\n";
    ScalarOffsets offsets = ScalarOffsets.of(document, scalar(document));
    assertFalse(offsets.exact());
    assertEquals(">\n  Read,\n  LS", offsets.span(0, 2).textOf(document));
  }

  @Test
  void aQuotedScalarFoldedOverTwoLinesFallsBack() {
    String document = "k: \"Read,\n  LS\"\n";
    ScalarOffsets offsets = ScalarOffsets.of(document, scalar(document));
    assertFalse(offsets.exact());
    assertEquals("\"Read,\n  LS\"", offsets.span(0, 1).textOf(document));
  }

  @Test
  void anEmptyRangeIsAnInsertionPoint() {
    String document = "k: 'a''b'";
    ScalarOffsets offsets = ScalarOffsets.of(document, scalar(document));
    assertEquals(9 - 1, offsets.span(3, 3).start());
    assertEquals(0, offsets.span(3, 3).length());
  }
}
