package dev.agentmd.lsp.convert;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.google.gson.JsonObject;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.RuleCatalog;
import dev.agentmd.core.text.LineMap;
import dev.agentmd.core.text.LineMap.ColumnUnit;
import dev.agentmd.core.text.Span;
import java.util.List;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.Range;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class LspConverterTest {

  /** Line 1: an emoji (2 UTF-16 units, 4 UTF-8 bytes), CJK (3 bytes each), e + combining acute (2 code points). */
  static final String TEXT = "first\r\n🎉日本e\u0301 x\nlast";

  static final int X = TEXT.indexOf('x');

  @ParameterizedTest
  @CsvSource({"UTF16, 7", "UTF8, 14", "UTF32, 6"})
  void columnsCountInTheNegotiatedUnitBothWays(ColumnUnit unit, int column) {
    LspConverter converter = new LspConverter(unit);
    LineMap lines = new LineMap(TEXT);
    assertEquals(new Position(1, column), converter.position(lines, X));
    assertEquals(X, converter.offset(lines, new Position(1, column)));
    Range range = converter.range(lines, Span.of(X, X + 1));
    assertEquals(Span.of(X, X + 1), converter.span(lines, range));
  }

  @Test
  void aColumnInsideACharacterSnapsToItsStart() {
    LineMap lines = new LineMap(TEXT);
    int emoji = TEXT.indexOf("🎉");
    assertEquals(emoji, new LspConverter(ColumnUnit.UTF16).offset(lines, new Position(1, 1)));
    assertEquals(emoji, new LspConverter(ColumnUnit.UTF8).offset(lines, new Position(1, 2)));
  }

  @Test
  void positionsPastTheEndClampAndReversedRangesAreReadForwards() {
    LspConverter converter = new LspConverter(ColumnUnit.UTF16);
    LineMap lines = new LineMap(TEXT);
    assertEquals(TEXT.indexOf("\r\n"), converter.offset(lines, new Position(0, 99)));
    assertEquals(TEXT.length(), converter.offset(lines, new Position(99, 0)));
    assertEquals(0, converter.offset(lines, new Position(-1, -5)));
    Range reversed = new Range(new Position(2, 2), new Position(0, 1));
    assertEquals(Span.of(1, TEXT.length() - 2), converter.span(lines, reversed));
  }

  @Test
  void aFindingBecomesADiagnosticLinkedToItsRulePage() {
    LspConverter converter = new LspConverter(ColumnUnit.UTF8);
    Finding finding =
        new Finding("schema/unknown-key", Severity.HINT, "Unknown key.", Span.of(X, X + 1), List.of(Fix.replace("Fix it", Span.of(X, X + 1), "y", true)));
    Diagnostic diagnostic = converter.diagnostic(new LineMap(TEXT), finding);
    assertEquals(new Range(new Position(1, 14), new Position(1, 15)), diagnostic.getRange());
    assertEquals(DiagnosticSeverity.Hint, diagnostic.getSeverity());
    assertEquals("agentmd", diagnostic.getSource());
    assertEquals("schema/unknown-key", diagnostic.getCode().getLeft());
    assertEquals(LspConverter.RULE_DOCS_BASE + "schema/unknown-key.md", diagnostic.getCodeDescription().getHref());
    JsonObject data = (JsonObject) diagnostic.getData();
    assertEquals("schema/unknown-key", data.get("ruleId").getAsString());
    assertEquals("Fix it", data.getAsJsonArray("fixes").get(0).getAsJsonObject().get("title").getAsString());
  }

  @Test
  void anInternalErrorHasNoRulePage() {
    Finding finding = new Finding(RuleCatalog.INTERNAL_ERROR, Severity.ERROR, "Boom.", Span.of(0, 1), List.of());
    Diagnostic diagnostic = new LspConverter(ColumnUnit.UTF16).diagnostic(new LineMap(TEXT), finding);
    assertNull(diagnostic.getCodeDescription());
    assertEquals(DiagnosticSeverity.Error, diagnostic.getSeverity());
  }

  @ParameterizedTest
  @CsvSource({"ERROR, Error", "WARNING, Warning", "INFO, Information", "HINT, Hint"})
  void everySeverityHasItsLspSeverity(Severity severity, DiagnosticSeverity expected) {
    assertEquals(expected, LspConverter.severity(severity));
  }
}
