package dev.agentmd.app.report;

import dev.agentmd.app.check.FileOutcome;
import dev.agentmd.app.check.Summary;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.text.LineMap;
import java.io.PrintWriter;
import java.util.List;

/**
 * The {@code --format github} output: one GitHub Actions workflow command per finding, which the
 * runner turns into an annotation on the pull request's diff:
 *
 * <pre>
 * ::warning file=.claude/agents/a.md,line=4,col=1,endLine=4,endColumn=6,title=schema/unknown-key::Unknown key…
 * </pre>
 *
 * <p>Errors are {@code ::error}, warnings {@code ::warning}, infos and hints {@code ::notice}.
 * Columns are 1-based UTF-16 code units and the end is exclusive, as in the other formats. Values
 * are escaped as the runner requires: {@code %}, CR and LF everywhere, and {@code :} and {@code ,}
 * in properties too. The summary goes to stderr, as in text output.
 */
public final class GithubReporter implements Reporter {

  private final PrintWriter out;
  private final PrintWriter err;

  public GithubReporter(PrintWriter out, PrintWriter err) {
    this.out = out;
    this.err = err;
  }

  @Override
  public void report(List<FileOutcome.Checked> files, Summary summary) {
    StringBuilder line = new StringBuilder(200);
    for (FileOutcome.Checked file : files) {
      for (Finding finding : file.findings()) {
        LineMap.Position start = file.lines().position(finding.span().start(), LineMap.ColumnUnit.UTF16);
        LineMap.Position end = file.lines().position(finding.span().end(), LineMap.ColumnUnit.UTF16);
        line.setLength(0);
        line.append("::").append(command(finding)).append(" file=");
        appendProperty(line, file.displayPath().replace('\\', '/'));
        line.append(",line=").append(start.line() + 1)
            .append(",col=").append(start.column() + 1)
            .append(",endLine=").append(end.line() + 1)
            .append(",endColumn=").append(end.column() + 1)
            .append(",title=");
        appendProperty(line, finding.ruleId());
        line.append("::");
        appendData(line, finding.message());
        out.println(line);
      }
    }
    out.flush();
    err.println(summary.describe());
  }

  private static String command(Finding finding) {
    return switch (finding.severity()) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO, HINT -> "notice";
    };
  }

  /** A command's message: {@code %}, CR and LF are escaped. */
  static void appendData(StringBuilder out, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '%' -> out.append("%25");
        case '\r' -> out.append("%0D");
        case '\n' -> out.append("%0A");
        default -> out.append(c);
      }
    }
  }

  /** A property value: as a message, and {@code :} and {@code ,} too. */
  static void appendProperty(StringBuilder out, String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '%' -> out.append("%25");
        case '\r' -> out.append("%0D");
        case '\n' -> out.append("%0A");
        case ':' -> out.append("%3A");
        case ',' -> out.append("%2C");
        default -> out.append(c);
      }
    }
  }
}
