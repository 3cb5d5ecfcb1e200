package dev.agentmd.app.check;

import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.text.LineMap;
import java.util.List;

/** What checking one target gave: findings, or the reason it could not be read. */
public sealed interface FileOutcome {

  /** The {@code kind} reported for a config file, whose problems are listed like a checked file's. */
  String CONFIG_KIND = "agentmd-config";

  String displayPath();

  /**
   * A file that was read and analysed, or a config file with problems.
   *
   * @param kind the file kind's id ({@code claude-agent}), or {@link #CONFIG_KIND}
   * @param lines converts the findings' offsets to lines and columns; an empty map when there are
   *     no findings, so that clean files do not keep their text alive until the report
   */
  record Checked(String displayPath, String kind, List<Finding> findings, LineMap lines)
      implements FileOutcome {
    public Checked {
      findings = List.copyOf(findings);
    }
  }

  /** A file that could not be read; reported on stderr and as exit code 2. */
  record Unreadable(String displayPath, String reason) implements FileOutcome {}
}
