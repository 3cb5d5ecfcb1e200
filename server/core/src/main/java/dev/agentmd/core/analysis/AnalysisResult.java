package dev.agentmd.core.analysis;

import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.syntax.ParsedFile;
import java.util.List;

/** The parsed file and its findings, sorted by position. */
public record AnalysisResult(ParsedFile file, List<Finding> findings) {

  public AnalysisResult {
    findings = List.copyOf(findings);
  }

  public long count(Severity severity) {
    return findings.stream().filter(f -> f.severity() == severity).count();
  }
}
