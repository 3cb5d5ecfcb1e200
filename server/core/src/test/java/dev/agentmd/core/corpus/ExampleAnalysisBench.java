package dev.agentmd.core.corpus;

import dev.agentmd.core.analysis.AgentAnalyzer;
import dev.agentmd.core.analysis.SourceDocument;
import dev.agentmd.core.config.Settings;
import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.kind.FileKind;
import dev.agentmd.core.rules.Reporter;
import dev.agentmd.core.rules.Rule;
import dev.agentmd.core.rules.RuleCatalog;
import dev.agentmd.core.rules.RuleContext;
import dev.agentmd.core.syntax.ParsedFile;
import dev.agentmd.core.text.Span;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Measures what the example analysis adds to checking the corpus, in process: {@link
 * AgentAnalyzer#analyze} over every corpus agent file (bytes read beforehand), with all rules and
 * with the {@code example/*} rules off, alternating, after warm-up rounds. It counts the thread's
 * CPU time (other processes on the machine do not count) and reports the median of the rounds and
 * the median of the per-round ratios. On a busy machine that difference drowns in noise, so it also
 * times the example rules alone on the parsed files (file by file, as the analyzer runs them),
 * which measures their cost directly. Not a test; run it with {@code java -cp <test classpath>
 * dev.agentmd.core.corpus.ExampleAnalysisBench [corpus] [rounds]}.
 */
public final class ExampleAnalysisBench {

  private ExampleAnalysisBench() {}

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of(args.length > 0 ? args[0] : System.getProperty("agentmd.corpus", "../../../shared/corpus"));
    int rounds = args.length > 1 ? Integer.parseInt(args[1]) : 15;
    List<Path> paths = new ArrayList<>();
    List<byte[]> files = new ArrayList<>();
    for (String line : Files.readAllLines(corpus.resolve("MANIFEST.tsv"), StandardCharsets.UTF_8)) {
      String[] columns = line.split("\t");
      if (columns.length >= 5 && columns[0].equals("claude-agents")) {
        Path file = corpus.resolve(columns[4]);
        paths.add(file);
        files.add(Files.readAllBytes(file));
      }
    }
    Map<String, Settings.RuleLevel> off = new LinkedHashMap<>();
    RuleCatalog.all().keySet().stream().filter(id -> id.startsWith("example/")).forEach(id -> off.put(id, Settings.RuleLevel.OFF));
    Settings without = new Settings(off, Set.of(), Set.of());
    AgentAnalyzer analyzer = AgentAnalyzer.create();
    for (int warmup = 0; warmup < 5; warmup++) {
      run(analyzer, paths, files, Settings.DEFAULTS);
      run(analyzer, paths, files, without);
    }
    List<RuleContext> contexts = new ArrayList<>();
    for (int i = 0; i < files.size(); i++) {
      ParsedFile file = analyzer.parse(SourceDocument.ofBytes(paths.get(i), files.get(i)), FileKind.CLAUDE_AGENT);
      contexts.add(new RuleContext(file, Optional.of(paths.get(i)), FileKind.CLAUDE_AGENT, analyzer.schema(FileKind.CLAUDE_AGENT), Settings.DEFAULTS));
    }
    List<Rule> exampleRules = RuleCatalog.forKind(FileKind.CLAUDE_AGENT).stream().filter(r -> r.id().startsWith("example/")).toList();
    for (int warmup = 0; warmup < 5; warmup++) {
      runRules(exampleRules, contexts);
    }
    long[] with = new long[rounds];
    long[] base = new long[rounds];
    long[] alone = new long[rounds];
    double[] ratios = new double[rounds];
    double[] shares = new double[rounds];
    for (int round = 0; round < rounds; round++) {
      base[round] = run(analyzer, paths, files, without);
      with[round] = run(analyzer, paths, files, Settings.DEFAULTS);
      alone[round] = runRules(exampleRules, contexts);
      ratios[round] = (double) with[round] / base[round];
      shares[round] = (double) alone[round] / base[round];
    }
    Arrays.sort(alone);
    Arrays.sort(shares);
    System.out.printf(
        "example rules alone (reading the descriptions included): median %.1f ms, min %.1f ms per corpus pass;"
            + " median share of the analysis without them +%.1f %%%n",
        alone[rounds / 2] / 1e6, alone[0] / 1e6, 100 * shares[rounds / 2]);
    Arrays.sort(with);
    Arrays.sort(base);
    Arrays.sort(ratios);
    double medianWith = with[rounds / 2] / 1e6;
    double medianBase = base[rounds / 2] / 1e6;
    System.out.printf(
        "%d files, %d rounds, CPU time per round: without example rules %.1f ms (min %.1f), with %.1f ms (min %.1f);"
            + " median of round ratios +%.1f %%, of medians +%.1f %%, of minimums +%.1f %%%n",
        files.size(), rounds, medianBase, base[0] / 1e6, medianWith, with[0] / 1e6,
        100 * (ratios[rounds / 2] - 1), 100 * (medianWith - medianBase) / medianBase, 100.0 * (with[0] - base[0]) / base[0]);
  }

  /** Runs the rules file by file, as the analyzer does, and returns the CPU time. */
  private static long runRules(List<Rule> rules, List<RuleContext> contexts) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    Reporter ignore = new Reporter() {
      @Override
      public void report(Span span, String message, List<Fix> fixes) {}

      @Override
      public void report(Severity severity, Span span, String message, List<Fix> fixes) {}
    };
    long start = threads.getCurrentThreadCpuTime();
    for (RuleContext context : contexts) {
      for (Rule rule : rules) {
        rule.check(context, ignore);
      }
    }
    return threads.getCurrentThreadCpuTime() - start;
  }

  private static long run(AgentAnalyzer analyzer, List<Path> paths, List<byte[]> files, Settings settings) {
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = threads.getCurrentThreadCpuTime();
    int findings = 0;
    for (int i = 0; i < files.size(); i++) {
      findings += analyzer.analyze(SourceDocument.ofBytes(paths.get(i), files.get(i)), FileKind.CLAUDE_AGENT, settings).findings().size();
    }
    long elapsed = threads.getCurrentThreadCpuTime() - start;
    if (findings < 0) {
      throw new AssertionError();
    }
    return elapsed;
  }
}
