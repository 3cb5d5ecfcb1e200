package dev.agentmd.app.report;

import com.google.gson.stream.JsonWriter;
import dev.agentmd.app.check.FileOutcome;
import dev.agentmd.app.check.Summary;
import dev.agentmd.core.finding.Edit;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.text.LineMap;
import dev.agentmd.core.text.Span;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * The {@code --format json} output: one JSON document on stdout, shaped as documented in {@code
 * docs/cli.md}. The shape is public API; {@link #FORMAT_VERSION} changes when it changes
 * incompatibly. Lines and columns are 1-based; columns count UTF-16 code units; ends are exclusive.
 */
public final class JsonReporter implements Reporter {

  /** Version of the JSON shape, not of agentmd. */
  public static final int FORMAT_VERSION = 1;

  private final PrintWriter out;

  public JsonReporter(PrintWriter out) {
    this.out = out;
  }

  @Override
  public void report(List<FileOutcome.Checked> files, Summary summary) {
    try {
      JsonWriter json = writer(out);
      json.beginObject();
      json.name("version").value(FORMAT_VERSION);
      json.name("files").beginArray();
      for (FileOutcome.Checked file : files) {
        writeFile(json, file);
      }
      json.endArray();
      json.name("summary").beginObject();
      json.name("files").value(summary.files());
      json.name("errors").value(summary.errors());
      json.name("warnings").value(summary.warnings());
      json.name("infos").value(summary.infos());
      json.name("hints").value(summary.hints());
      json.name("unreadable").value(summary.unreadable());
      if (summary.fixed().isPresent()) {
        json.name("fixed").value(summary.fixed().get().problems());
      }
      json.endObject();
      json.endObject();
      json.flush();
      out.println();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A pretty-printing writer that leaves the stream open and does not escape HTML characters. */
  static JsonWriter writer(PrintWriter out) {
    JsonWriter json = new JsonWriter(out);
    json.setIndent("  ");
    json.setHtmlSafe(false);
    return json;
  }

  private static void writeFile(JsonWriter json, FileOutcome.Checked file) throws IOException {
    json.beginObject();
    json.name("path").value(file.displayPath());
    json.name("kind").value(file.kind());
    json.name("findings").beginArray();
    for (Finding finding : file.findings()) {
      json.beginObject();
      json.name("ruleId").value(finding.ruleId());
      json.name("severity").value(finding.severity().id());
      json.name("message").value(finding.message());
      writeRange(json, file.lines(), finding.span());
      json.name("fixes").beginArray();
      for (Fix fix : finding.fixes()) {
        writeFix(json, file.lines(), fix);
      }
      json.endArray();
      json.endObject();
    }
    json.endArray();
    json.endObject();
  }

  private static void writeFix(JsonWriter json, LineMap lines, Fix fix) throws IOException {
    json.beginObject();
    json.name("title").value(fix.title());
    json.name("safe").value(fix.safe());
    json.name("edits").beginArray();
    for (Edit edit : fix.edits()) {
      json.beginObject();
      if (edit instanceof Edit.Replace replace) {
        json.name("type").value("replace");
        writeRange(json, lines, replace.span());
        json.name("newText").value(replace.newText());
      } else if (edit instanceof Edit.RenameFile rename) {
        json.name("type").value("renameFile");
        json.name("newName").value(rename.newFileName());
      }
      json.endObject();
    }
    json.endArray();
    json.endObject();
  }

  private static void writeRange(JsonWriter json, LineMap lines, Span span) throws IOException {
    json.name("range").beginObject();
    writePosition(json, "start", lines.position(span.start(), LineMap.ColumnUnit.UTF16));
    writePosition(json, "end", lines.position(span.end(), LineMap.ColumnUnit.UTF16));
    json.endObject();
  }

  private static void writePosition(JsonWriter json, String name, LineMap.Position position)
      throws IOException {
    json.name(name).beginObject();
    json.name("line").value(position.line() + 1);
    json.name("column").value(position.column() + 1);
    json.endObject();
  }
}
