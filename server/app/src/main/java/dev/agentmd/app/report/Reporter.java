package dev.agentmd.app.report;

import dev.agentmd.app.check.FileOutcome;
import dev.agentmd.app.check.Summary;
import java.util.List;

/** Writes the outcome of one {@code check} run in one output format. */
public interface Reporter {

  /**
   * Writes the checked files (in the given order, already sorted by path) and the summary.
   * Unreadable files have already been reported on stderr by then.
   */
  void report(List<FileOutcome.Checked> files, Summary summary);
}
