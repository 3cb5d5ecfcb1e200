package dev.agentmd.app.fix;

import dev.agentmd.core.finding.SafeFixes;
import dev.agentmd.app.check.CheckTarget;
import dev.agentmd.app.check.FileChecker;
import dev.agentmd.app.check.FileOutcome;
import dev.agentmd.core.analysis.AgentAnalyzer;
import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.analysis.SourceDocument;
import dev.agentmd.core.syntax.SyntaxProblem;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code check --fix}: applies the safe fixes of each file, in rounds (a fix can reveal or enable
 * another) until none applies or {@link #MAX_ROUNDS} rounds ran, then writes the file atomically,
 * or with {@code --dry-run} describes the change as a unified diff and writes nothing.
 *
 * <p>Edits are made on the decoded text, which keeps the file's line breaks (CRLF stays CRLF); a
 * byte order mark the analyzer stripped is put back. A file that is not valid UTF-8 is never
 * rewritten, since its bad bytes would be lost. The outcome reports the findings that remain.
 */
public final class FixRunner {

  /** Fix rounds per file; real files settle in one or two. */
  static final int MAX_ROUNDS = 5;

  private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};

  /**
   * What fixing one file gave.
   *
   * @param outcome the findings left after the fixes (or the reason the file could not be read)
   * @param fixes how many fixes were applied, over all rounds
   * @param diff the unified diff of the change ({@code --dry-run}); empty when nothing changed
   * @param problem why a changed file was not written, if it was not
   */
  public record Fixed(FileOutcome outcome, int fixes, String diff, Optional<String> problem) {}

  private final AgentAnalyzer analyzer;
  private final boolean dryRun;

  public FixRunner(AgentAnalyzer analyzer, boolean dryRun) {
    this.analyzer = analyzer;
    this.dryRun = dryRun;
  }

  /**
   * Fixes the targets, in parallel, and returns the results in the targets' order. Two targets
   * that are one file (a link and its target) are never fixed at the same time: the later one
   * runs after the others, and finds the file fixed.
   */
  public List<Fixed> fixAll(List<CheckTarget> targets) {
    if (targets.size() < 2) {
      return targets.stream().map(this::fix).toList();
    }
    Set<Path> seen = new HashSet<>();
    List<Integer> first = new ArrayList<>();
    List<Integer> again = new ArrayList<>();
    for (int i = 0; i < targets.size(); i++) {
      (seen.add(realPath(targets.get(i))) ? first : again).add(i);
    }
    Fixed[] results = new Fixed[targets.size()];
    first.parallelStream().forEach(i -> results[i] = fix(targets.get(i)));
    again.forEach(i -> results[i] = fix(targets.get(i)));
    return List.of(results);
  }

  private static Path realPath(CheckTarget target) {
    Path file = target.file().orElseThrow();
    try {
      return file.toRealPath();
    } catch (IOException e) {
      return file; // reading it will fail and say why
    }
  }

  /** Fixes one file on disk; never throws (except for errors such as running out of memory). */
  public Fixed fix(CheckTarget target) {
    if (target.file().isEmpty()) {
      throw new IllegalArgumentException("--fix needs a file: " + target.displayPath());
    }
    try {
      AtomicWriter.Snapshot snapshot = AtomicWriter.Snapshot.read(target.file().get());
      Path context = target.contextPath().orElse(null);
      AnalysisResult result = analyzer.analyze(SourceDocument.ofBytes(context, snapshot.bytes()), target.kind(), target.settings());
      if (result.file().hasProblem(SyntaxProblem.Kind.INVALID_ENCODING) || result.file().hasProblem(SyntaxProblem.Kind.BINARY)) {
        return new Fixed(FileChecker.checked(target, result), 0, "", Optional.empty());
      }
      AnalysisResult before = result;
      String original = result.file().text();
      String text = original;
      int fixes = 0;
      for (int round = 0; round < MAX_ROUNDS; round++) {
        SafeFixes.Chosen chosen = SafeFixes.choose(result.findings());
        if (chosen.fixes() == 0) {
          break;
        }
        text = SafeFixes.apply(text, chosen.edits());
        fixes += chosen.fixes();
        result = analyzer.analyze(SourceDocument.ofText(context, text), target.kind(), target.settings());
      }
      FileOutcome.Checked outcome = FileChecker.checked(target, result);
      if (text.equals(original)) {
        return new Fixed(outcome, fixes, "", Optional.empty());
      }
      boolean bom = startsWithBom(snapshot.bytes());
      if (dryRun) {
        String prefix = bom ? "\uFEFF" : "";
        String path = target.displayPath().replace('\\', '/');
        boolean absolute = path.startsWith("/");
        String diff =
            UnifiedDiff.of(absolute ? path : "a/" + path, absolute ? path : "b/" + path, prefix + original, prefix + text);
        return new Fixed(outcome, fixes, diff, Optional.empty());
      }
      AtomicWriter.Result written;
      try {
        written = AtomicWriter.write(snapshot, bytes(bom, text));
      } catch (IOException e) {
        return new Fixed(
            FileChecker.checked(target, before),
            0,
            "",
            Optional.of("cannot write " + target.displayPath() + ": " + FileChecker.reason(e)));
      }
      if (written == AtomicWriter.Result.CHANGED_SINCE_READ) {
        return new Fixed(
            FileChecker.checked(target, before),
            0,
            "",
            Optional.of(target.displayPath() + " changed while agentmd was fixing it; not written"));
      }
      return new Fixed(outcome, fixes, "", Optional.empty());
    } catch (IOException e) {
      return new Fixed(
          new FileOutcome.Unreadable(target.displayPath(), FileChecker.reason(e)), 0, "", Optional.empty());
    } catch (RuntimeException | StackOverflowError e) {
      return new Fixed(FileChecker.internalError(target, e), 0, "", Optional.empty());
    }
  }

  private static boolean startsWithBom(byte[] bytes) {
    return bytes.length >= 3 && bytes[0] == BOM[0] && bytes[1] == BOM[1] && bytes[2] == BOM[2];
  }

  private static byte[] bytes(boolean bom, String text) {
    byte[] body = text.getBytes(StandardCharsets.UTF_8);
    if (!bom) {
      return body;
    }
    byte[] out = new byte[BOM.length + body.length];
    System.arraycopy(BOM, 0, out, 0, BOM.length);
    System.arraycopy(body, 0, out, BOM.length, body.length);
    return out;
  }
}
