package dev.agentmd.app.check;

import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.kind.FileKind;
import dev.agentmd.core.text.LineMap;
import java.util.List;

/** What checking one target gave: findings, or the reason it could not be read. */
public sealed interface FileOutcome {

  String displayPath();

  /**
   * A file that was read and analysed.
   *
   * @param lines converts the findings' offsets to lines and columns; an empty map when there are
   *     no findings, so that clean files do not keep their text alive until the report
   */
  record Checked(String displayPath, FileKind kind, List<Finding> findings, LineMap lines)
      implements FileOutcome {
    public Checked {
      findings = List.copyOf(findings);
    }
  }

  /** A file that could not be read; reported on stderr and as exit code 2. */
  record Unreadable(String displayPath, String reason) implements FileOutcome {}
}
