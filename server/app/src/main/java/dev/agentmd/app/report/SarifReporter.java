package dev.agentmd.app.report;

import com.google.gson.stream.JsonWriter;
import dev.agentmd.app.check.FileOutcome;
import dev.agentmd.app.check.Summary;
import dev.agentmd.core.config.ProjectConfig;
import dev.agentmd.core.finding.Edit;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.Rule;
import dev.agentmd.core.rules.RuleCatalog;
import dev.agentmd.core.text.LineMap;
import dev.agentmd.core.text.Span;
import dev.agentmd.lsp.convert.LspConverter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code --format sarif} output: one SARIF 2.1.0 log with one run, for GitHub code scanning
 * and other SARIF viewers.
 *
 * <ul>
 *   <li>{@code tool.driver.rules} describes the rules the results name (id, summary, link to its
 *       page, default level), in the order they first appear; {@code config/invalid} and {@code
 *       internal/error} included. Each result names its rule by {@code ruleId} and {@code
 *       ruleIndex}. Listing only these keeps the log small and stable as rules are added.
 *   <li>Levels: error → {@code error}, warning → {@code warning}, info and hint → {@code note}.
 *   <li>Locations are paths relative to {@code %SRCROOT%} (the working folder), or {@code file:}
 *       URIs for files named by an absolute path; regions are 1-based with an exclusive end, and
 *       columns count UTF-16 code units ({@code columnKind: utf16CodeUnits}).
 *   <li>Only safe fixes are included, as {@code fixes} with text replacements; file renames never.
 * </ul>
 */
public final class SarifReporter implements Reporter {

  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  static final String INFORMATION_URI = "https://github.com/agentmd/agentmd";
  static final String SRCROOT = "%SRCROOT%";

  /** A descriptor for ids that are not rules in the catalog but still appear in results. */
  private record Descriptor(String id, String summary, Severity level, String helpUri) {}

  private final PrintWriter out;
  private final String version;
  private final Map<String, Descriptor> known = new HashMap<>();
  private final List<Descriptor> descriptors = new ArrayList<>();
  private final Map<String, Integer> indexById = new HashMap<>();

  public SarifReporter(PrintWriter out, String version, List<Rule> rules) {
    this.out = out;
    this.version = version;
    for (Rule rule : rules) {
      known.put(
          rule.id(),
          new Descriptor(rule.id(), rule.summary(), rule.defaultSeverity(), LspConverter.RULE_DOCS_BASE + rule.id() + ".md"));
    }
    String docs = LspConverter.RULE_DOCS_BASE.replaceFirst("rules/$", "");
    known.put(
        ProjectConfig.INVALID,
        new Descriptor(ProjectConfig.INVALID, "The agentmd config file must be valid.", Severity.ERROR, docs + "config.md"));
    known.put(
        RuleCatalog.INTERNAL_ERROR,
        new Descriptor(
            RuleCatalog.INTERNAL_ERROR,
            "agentmd failed while checking the file; please report it.",
            Severity.ERROR,
            LspConverter.RULE_DOCS_BASE + "README.md#internalerror-is-not-a-rule"));
  }

  @Override
  public void report(List<FileOutcome.Checked> files, Summary summary) {
    for (FileOutcome.Checked file : files) {
      for (Finding finding : file.findings()) {
        Descriptor descriptor = known.get(finding.ruleId());
        if (descriptor != null && indexById.putIfAbsent(descriptor.id(), descriptors.size()) == null) {
          descriptors.add(descriptor);
        }
      }
    }
    try {
      JsonWriter json = JsonReporter.writer(out);
      json.beginObject();
      json.name("$schema").value(SCHEMA);
      json.name("version").value("2.1.0");
      json.name("runs").beginArray();
      json.beginObject();
      writeTool(json);
      json.name("columnKind").value("utf16CodeUnits");
      json.name("results").beginArray();
      for (FileOutcome.Checked file : files) {
        for (Finding finding : file.findings()) {
          writeResult(json, file, finding);
        }
      }
      json.endArray();
      json.endObject();
      json.endArray();
      json.endObject();
      json.flush();
      out.println();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void writeTool(JsonWriter json) throws IOException {
    json.name("tool").beginObject();
    json.name("driver").beginObject();
    json.name("name").value("agentmd");
    json.name("version").value(version);
    json.name("informationUri").value(INFORMATION_URI);
    json.name("rules").beginArray();
    for (Descriptor rule : descriptors) {
      json.beginObject();
      json.name("id").value(rule.id());
      json.name("shortDescription").beginObject().name("text").value(rule.summary()).endObject();
      json.name("helpUri").value(rule.helpUri());
      json.name("help").beginObject();
      json.name("text").value(rule.summary() + " See " + rule.helpUri());
      json.name("markdown").value(rule.summary() + " [Rule reference](" + rule.helpUri() + ")");
      json.endObject();
      json.name("defaultConfiguration").beginObject().name("level").value(level(rule.level())).endObject();
      json.endObject();
    }
    json.endArray();
    json.endObject();
    json.endObject();
  }

  private void writeResult(JsonWriter json, FileOutcome.Checked file, Finding finding) throws IOException {
    json.beginObject();
    json.name("ruleId").value(finding.ruleId());
    Integer index = indexById.get(finding.ruleId());
    if (index != null) {
      json.name("ruleIndex").value(index);
    }
    json.name("level").value(level(finding.severity()));
    json.name("message").beginObject().name("text").value(finding.message()).endObject();
    json.name("locations").beginArray();
    json.beginObject();
    json.name("physicalLocation").beginObject();
    writeArtifact(json, file.displayPath());
    writeRegion(json, "region", file.lines(), finding.span());
    json.endObject();
    json.endObject();
    json.endArray();
    List<Fix> safe = finding.fixes().stream().filter(SarifReporter::isTextFix).toList();
    if (!safe.isEmpty()) {
      json.name("fixes").beginArray();
      for (Fix fix : safe) {
        writeFix(json, file, fix);
      }
      json.endArray();
    }
    json.endObject();
  }

  private static boolean isTextFix(Fix fix) {
    return fix.safe() && !fix.edits().isEmpty() && fix.edits().stream().allMatch(Edit.Replace.class::isInstance);
  }

  private static void writeFix(JsonWriter json, FileOutcome.Checked file, Fix fix) throws IOException {
    json.beginObject();
    json.name("description").beginObject().name("text").value(fix.title()).endObject();
    json.name("artifactChanges").beginArray();
    json.beginObject();
    writeArtifact(json, file.displayPath());
    json.name("replacements").beginArray();
    for (Edit edit : fix.edits()) {
      Edit.Replace replace = (Edit.Replace) edit;
      json.beginObject();
      writeRegion(json, "deletedRegion", file.lines(), replace.span());
      if (!replace.newText().isEmpty()) {
        json.name("insertedContent").beginObject().name("text").value(replace.newText()).endObject();
      }
      json.endObject();
    }
    json.endArray();
    json.endObject();
    json.endArray();
    json.endObject();
  }

  private static void writeArtifact(JsonWriter json, String displayPath) throws IOException {
    json.name("artifactLocation").beginObject();
    String path = displayPath.replace('\\', '/');
    if (isAbsolute(path)) {
      json.name("uri").value("file://" + (path.startsWith("/") ? "" : "/") + encode(path));
    } else {
      json.name("uri").value(encode(path));
      json.name("uriBaseId").value(SRCROOT);
    }
    json.endObject();
  }

  private static void writeRegion(JsonWriter json, String name, LineMap lines, Span span) throws IOException {
    LineMap.Position start = lines.position(span.start(), LineMap.ColumnUnit.UTF16);
    LineMap.Position end = lines.position(span.end(), LineMap.ColumnUnit.UTF16);
    json.name(name).beginObject();
    json.name("startLine").value(start.line() + 1);
    json.name("startColumn").value(start.column() + 1);
    json.name("endLine").value(end.line() + 1);
    json.name("endColumn").value(end.column() + 1);
    json.endObject();
  }

  static String level(Severity severity) {
    return switch (severity) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO, HINT -> "note";
    };
  }

  private static boolean isAbsolute(String path) {
    return path.startsWith("/") || path.matches("^[A-Za-z]:/.*");
  }

  /** Percent-encodes everything but unreserved characters and {@code /} (RFC 3986). */
  static String encode(String path) {
    StringBuilder out = new StringBuilder(path.length());
    for (byte b : path.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xFF;
      if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || "-._~/".indexOf(c) >= 0) {
        out.append((char) c);
      } else {
        out.append('%').append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xF, 16)));
      }
    }
    return out.toString();
  }
}
