package dev.agentmd.app.check;

import dev.agentmd.core.finding.Finding;
import java.util.List;
import java.util.Optional;

/**
 * Counts over one run: files checked, findings per severity and, with {@code --fix}, what was
 * fixed.
 */
public record Summary(
    int files, int unreadable, int errors, int warnings, int infos, int hints, Optional<Fixed> fixed) {

  /**
   * What {@code --fix} changed (or, with {@code --dry-run}, would change).
   *
   * @param problems fixes applied, over all rounds
   * @param files files changed
   */
  public record Fixed(int problems, int files, boolean dryRun) {}

  public Summary(int files, int unreadable, int errors, int warnings, int infos, int hints) {
    this(files, unreadable, errors, warnings, infos, hints, Optional.empty());
  }

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

  public Summary with(Fixed newFixed) {
    return new Summary(files, unreadable, errors, warnings, infos, hints, Optional.of(newFixed));
  }

  /**
   * Like {@code 3 errors, 2 warnings in 5 files}; infos and hints only when there are some, and
   * what {@code --fix} did when it ran ({@code ; fixed 2 problems in 1 file}).
   */
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
    if (fixed.isPresent()) {
      Fixed f = fixed.get();
      text.append(f.dryRun() ? "; would fix " : "; fixed ")
          .append(count(f.problems(), "problem"))
          .append(" in ")
          .append(count(f.files(), "file"));
    }
    return text.toString();
  }

  private static String count(int n, String noun) {
    return n + " " + noun + (n == 1 ? "" : "s");
  }
}
