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

  @ParameterizedTest
  @CsvSource(
      delimiter = '¦',
      quoteCharacter = '~',
      textBlock =
          """
          k: >↵  Read,↵  LS↵other: 1↵     ¦ LS     ¦ LS
          k: |-↵  Read,↵  LS↵              ¦ LS     ¦ LS
          k: |2↵    Read,↵  LS↵            ¦ LS     ¦ LS
          k: >+↵  a↵↵   b↵  LS↵↵↵x: 1      ¦ LS     ¦ LS
          k: "Read,↵  LS"↵                 ¦ LS     ¦ LS
          k: 'it''s↵↵  LS'                 ¦ LS     ¦ LS
          k: plain↵  folded↵  LS           ¦ LS     ¦ LS
          k: "a\\↵   LS"                   ¦ aLS    ¦ a\\↵   LS
          k: >␍↵  Read,␍↵  LS␍↵            ¦ LS     ¦ LS
          k: |␍↵  Read,␍↵  LS␍↵            ¦ ,↵LS   ¦ ,␍↵  LS
          k: "café 🚀↵ ⟨LS⟩"              ¦ 🚀 ⟨LS ¦ 🚀↵ ⟨LS
          """)
  void multiLineScalarsMapExactly(String document, String part, String source) {
    assertEquals(lines(source.strip()), sourceOf(lines(document.strip()), lines(part.strip())));
  }

  @Test
  void aFoldedLineBreakMapsToTheGapBetweenTheLines() {
    String document = "k: >\n  Read,\n  LS\nother: 1\n";
    ScalarOffsets offsets = ScalarOffsets.of(document, scalar(document));
    assertTrue(offsets.exact());
    assertEquals("\n  ", offsets.charSpan("Read,".length()).textOf(document));
    assertEquals(">\n  Read,\n  LS", offsets.whole().textOf(document));
  }

  @Test
  void anEscapeMapsToTheWholeEscapeAndBothHalvesOfASurrogatePairToOneEscape() {
    String document = "k: \"a\\tb\\U0001F680\"";
    ScalarOffsets offsets = ScalarOffsets.of(document, scalar(document));
    assertEquals("\\t", offsets.charSpan(1).textOf(document));
    assertEquals("\\U0001F680", offsets.charSpan(3).textOf(document));
    assertEquals("\\U0001F680", offsets.charSpan(4).textOf(document));
  }

  @Test
  void aShapeThatDoesNotDecodeLikeTheParserFallsBackToTheWholeNode() {
    String document = "k: 'a''b'";
    YamlScalar lying = new YamlScalar("something else", ScalarStyle.SINGLE_QUOTED, ScalarType.STRING, scalar(document).span());
    ScalarOffsets offsets = ScalarOffsets.of(document, lying);
    assertFalse(offsets.exact());
    assertEquals("'a''b'", offsets.span(0, 2).textOf(document));
  }

  /** In a CSV cell, {@code ↵} stands for a line feed and {@code ␍} for a carriage return. */
  private static String lines(String cell) {
    return cell.replace('↵', '\n').replace('␍', '\r');
  }

  @Test
  void anEmptyRangeIsAnInsertionPoint() {
    String document = "k: 'a''b'";
    ScalarOffsets offsets = ScalarOffsets.of(document, scalar(document));
    assertEquals(9 - 1, offsets.span(3, 3).start());
    assertEquals(0, offsets.span(3, 3).length());
  }
}
