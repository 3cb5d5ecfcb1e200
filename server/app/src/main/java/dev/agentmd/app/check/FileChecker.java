package dev.agentmd.app.check;

import dev.agentmd.core.analysis.AgentAnalyzer;
import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.analysis.SourceDocument;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.RuleCatalog;
import dev.agentmd.core.text.LineMap;
import dev.agentmd.core.text.Span;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.util.List;

/**
 * Reads and analyses documents, in parallel when there are several, and returns the outcomes in
 * the order of the targets. A failure in one document becomes an {@code internal/error} finding
 * for that document; the others are still checked.
 */
public final class FileChecker {

  private static final LineMap NO_LINES = new LineMap("");

  private final AgentAnalyzer analyzer;

  public FileChecker(AgentAnalyzer analyzer) {
    this.analyzer = analyzer;
  }

  public List<FileOutcome> checkAll(List<CheckTarget> targets) {
    // An ordered parallel stream keeps the targets' (sorted) order in the result. On two cores
    // it beat both a sequential loop and a fixed pool of two threads on the corpus (see
    // docs/cli.md); one document is not worth waking the common pool for.
    if (targets.size() < 2) {
      return targets.stream().map(this::check).toList();
    }
    return targets.parallelStream().map(this::check).toList();
  }

  /** Checks one target; never throws (except for errors such as running out of memory). */
  public FileOutcome check(CheckTarget target) {
    try {
      byte[] bytes = target.content().read();
      AnalysisResult result =
          analyzer.analyze(
              SourceDocument.ofBytes(target.contextPath().orElse(null), bytes), target.kind(), target.settings());
      return checked(target, result);
    } catch (IOException e) {
      return new FileOutcome.Unreadable(target.displayPath(), reason(e));
    } catch (RuntimeException | StackOverflowError e) {
      // The analyzer isolates rules, but parsing or reading can still fail on input nobody
      // foresaw; that file gets one finding and the run goes on.
      return internalError(target, e);
    }
  }

  /** The one {@code internal/error} finding of a file whose analysis failed. */
  public static FileOutcome.Checked internalError(CheckTarget target, Throwable e) {
    Finding internal =
        new Finding(
            RuleCatalog.INTERNAL_ERROR,
            Severity.ERROR,
            "Internal error while checking this file: " + e
                + ". Please report this with the file that caused it.",
            Span.empty(0),
            List.of());
    return new FileOutcome.Checked(target.displayPath(), target.kind().id(), List.of(internal), NO_LINES);
  }

  /** The outcome for an analysis of {@code target}. */
  public static FileOutcome.Checked checked(CheckTarget target, AnalysisResult result) {
    LineMap lines = result.findings().isEmpty() ? NO_LINES : result.file().lines();
    return new FileOutcome.Checked(target.displayPath(), target.kind().id(), result.findings(), lines);
  }

  /** A short reason for an I/O failure, without the path (the caller names the file). */
  public static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fse && fse.getReason() != null) {
      return fse.getReason();
    }
    return e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
  }
}
