package dev.agentmd.lsp.convert;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.agentmd.core.finding.Edit;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.RuleCatalog;
import dev.agentmd.core.text.LineMap;
import dev.agentmd.core.text.LineMap.ColumnUnit;
import dev.agentmd.core.text.Span;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.Diagnostic;
import org.eclipse.lsp4j.DiagnosticCodeDescription;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.PositionEncodingKind;
import org.eclipse.lsp4j.Range;

/**
 * The only place where core offsets meet LSP positions: {@link Span} ↔ {@link Range} and {@link
 * Finding} → {@link Diagnostic}. One instance per session, fixed to the position encoding
 * negotiated in {@code initialize}, so every range the server sends or reads counts columns in the
 * same unit.
 */
public final class LspConverter {

  /** The {@code source} of every diagnostic. */
  public static final String SOURCE = "agentmd";

  /** Where rule pages live; a rule id {@code a/b} links to {@code <base>a/b.md}. */
  public static final String RULE_DOCS_BASE = "https://github.com/agentmd/agentmd/blob/main/docs/rules/";

  private final ColumnUnit unit;

  public LspConverter(ColumnUnit unit) {
    this.unit = unit;
  }

  public ColumnUnit unit() {
    return unit;
  }

  /** The LSP name of this converter's encoding, for {@code ServerCapabilities.positionEncoding}. */
  public String encodingName() {
    return switch (unit) {
      case UTF8 -> PositionEncodingKind.UTF8;
      case UTF16 -> PositionEncodingKind.UTF16;
      case UTF32 -> PositionEncodingKind.UTF32;
    };
  }

  /** The unit for an LSP encoding name; empty for names we do not speak. */
  public static Optional<ColumnUnit> unitOf(String encodingName) {
    if (encodingName == null) {
      return Optional.empty();
    }
    return switch (encodingName) {
      case PositionEncodingKind.UTF8 -> Optional.of(ColumnUnit.UTF8);
      case PositionEncodingKind.UTF16 -> Optional.of(ColumnUnit.UTF16);
      case PositionEncodingKind.UTF32 -> Optional.of(ColumnUnit.UTF32);
      default -> Optional.empty();
    };
  }

  public Position position(LineMap lines, int offset) {
    LineMap.Position position = lines.position(offset, unit);
    return new Position(position.line(), position.column());
  }

  /**
   * The offset of a client position. Columns past a line's end clamp to it, lines past the end
   * clamp to the end of the text, and a column inside a character snaps to its start.
   */
  public int offset(LineMap lines, Position position) {
    int line = Math.max(position.getLine(), 0);
    int column = Math.max(position.getCharacter(), 0);
    return lines.offset(new LineMap.Position(line, column), unit);
  }

  public Range range(LineMap lines, Span span) {
    return new Range(position(lines, span.start()), position(lines, span.end()));
  }

  /** The span of a client range; a reversed range is read the right way round. */
  public Span span(LineMap lines, Range range) {
    int start = offset(lines, range.getStart());
    int end = offset(lines, range.getEnd());
    return Span.of(Math.min(start, end), Math.max(start, end));
  }

  /**
   * The diagnostic for a finding. {@code code} is the rule id and links to the rule's page;
   * {@code data} names the rule and lists its fixes ({@code title}, {@code safe}, and which edit
   * kinds they make), so a client can tell a fixable diagnostic without asking.
   */
  public Diagnostic diagnostic(LineMap lines, Finding finding) {
    Diagnostic diagnostic = new Diagnostic();
    diagnostic.setRange(range(lines, finding.span()));
    diagnostic.setSeverity(severity(finding.severity()));
    diagnostic.setSource(SOURCE);
    diagnostic.setCode(finding.ruleId());
    if (!finding.ruleId().equals(RuleCatalog.INTERNAL_ERROR)) {
      diagnostic.setCodeDescription(new DiagnosticCodeDescription(RULE_DOCS_BASE + finding.ruleId() + ".md"));
    }
    diagnostic.setMessage(finding.message());
    diagnostic.setData(data(finding));
    return diagnostic;
  }

  public List<Diagnostic> diagnostics(LineMap lines, List<Finding> findings) {
    return findings.stream().map(finding -> diagnostic(lines, finding)).toList();
  }

  public static DiagnosticSeverity severity(Severity severity) {
    return switch (severity) {
      case ERROR -> DiagnosticSeverity.Error;
      case WARNING -> DiagnosticSeverity.Warning;
      case INFO -> DiagnosticSeverity.Information;
      case HINT -> DiagnosticSeverity.Hint;
    };
  }

  private static JsonObject data(Finding finding) {
    JsonObject data = new JsonObject();
    data.addProperty("ruleId", finding.ruleId());
    JsonArray fixes = new JsonArray();
    for (Fix fix : finding.fixes()) {
      JsonObject entry = new JsonObject();
      entry.addProperty("title", fix.title());
      entry.addProperty("safe", fix.safe());
      entry.addProperty("renamesFile", fix.edits().stream().anyMatch(Edit.RenameFile.class::isInstance));
      fixes.add(entry);
    }
    data.add("fixes", fixes);
    return data;
  }
}
