package dev.agentmd.app.report;

import dev.agentmd.app.check.FileOutcome;
import dev.agentmd.app.check.Summary;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.text.LineMap;
import java.io.PrintWriter;
import java.util.List;

/**
 * One line per finding on stdout, {@code path:line:column: severity rule-id message}, with 1-based
 * lines and columns counted in UTF-16 code units (as LSP and most editors do); the summary goes to
 * stderr, so stdout holds nothing but findings and stays easy to parse.
 */
public final class TextReporter implements Reporter {

  private final PrintWriter out;
  private final PrintWriter err;

  public TextReporter(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public void report(List<FileOutcome.Checked> files, Summary summary) {
    StringBuilder line = new StringBuilder(160);
    for (FileOutcome.Checked file : files) {
      for (Finding finding : file.findings()) {
        LineMap.Position start = file.lines().position(finding.span().start(), LineMap.ColumnUnit.UTF16);
        line.setLength(0);
        line.append(file.displayPath())
            .append(':')
            .append(start.line() + 1)
            .append(':')
            .append(start.column() + 1)
            .append(": ")
            .append(finding.severity().id())
            .append(' ')
            .append(finding.ruleId())
            .append(' ');
        appendOneLine(line, finding.message());
        out.println(line);
      }
    }
    out.flush();
    err.println(summary.describe());
  }

  /** Messages are one line in the core; a stray line break must still not split a record. */
  private static void appendOneLine(StringBuilder line, String message) {
    for (int i = 0; i < message.length(); i++) {
      char c = message.charAt(i);
      if (c == '\r' || c == '\n') {
        if (c == '\r' && i + 1 < message.length() && message.charAt(i + 1) == '\n') {
          i++;
        }
        line.append(' ');
      } else {
        line.append(c);
      }
    }
  }
}
