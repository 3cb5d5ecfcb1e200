package dev.agentmd.app.check;

import dev.agentmd.core.finding.Finding;
import java.util.List;

/** Counts over one run: files checked and findings per severity. */
public record Summary(int files, int unreadable, int errors, int warnings, int infos, int hints) {

  public static Summary of(List<FileOutcome> outcomes) {
    int files = 0;
    int unreadable = 0;
    int errors = 0;
    int warnings = 0;
    int infos = 0;
    int hints = 0;
    for (FileOutcome outcome : outcomes) {
      if (outcome instanceof FileOutcome.Checked checked) {
        files++;
        for (Finding finding : checked.findings()) {
          switch (finding.severity()) {
            case ERROR -> errors++;
            case WARNING -> warnings++;
            case INFO -> infos++;
            case HINT -> hints++;
          }
        }
      } else {
        unreadable++;
      }
    }
    return new Summary(files, unreadable, errors, warnings, infos, hints);
  }

  /** Like {@code 3 errors, 2 warnings in 5 files}; infos and hints only when there are some. */
  public String describe() {
    StringBuilder text = new StringBuilder();
    text.append(count(errors, "error")).append(", ").append(count(warnings, "warning"));
    if (infos > 0) {
      text.append(", ").append(count(infos, "info"));
    }
    if (hints > 0) {
      text.append(", ").append(count(hints, "hint"));
    }
    text.append(" in ").append(count(files, "file"));
    if (unreadable > 0) {
      text.append(" (").append(unreadable).append(" unreadable)");
    }
    return text.toString();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
