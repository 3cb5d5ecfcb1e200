package dev.agentmd.app;

import dev.agentmd.app.check.CheckTarget;
import dev.agentmd.app.check.Configs;
import dev.agentmd.app.check.FileChecker;
import dev.agentmd.app.check.FileFinder;
import dev.agentmd.app.check.FileOutcome;
import dev.agentmd.app.check.Summary;
import dev.agentmd.app.fix.FixRunner;
import dev.agentmd.app.report.GithubReporter;
import dev.agentmd.app.report.JsonReporter;
import dev.agentmd.app.report.Reporter;
import dev.agentmd.app.report.RuleListing;
import dev.agentmd.app.report.SarifReporter;
import dev.agentmd.app.report.TextReporter;
import dev.agentmd.core.analysis.AgentAnalyzer;
import dev.agentmd.core.config.ProjectConfig;
import dev.agentmd.core.rules.Rule;
import dev.agentmd.core.rules.RuleCatalog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * {@code agentmd check}: finds agent files and their config files, analyses them (and with {@code
 * --fix} applies the safe fixes) and reports findings.
 *
 * <p>Start-up matters here: the SARIF, GitHub, fix and diff classes are only loaded when their
 * option is used.
 */
public final class CheckCommand implements Callable<Integer> {

  private final CommandIo io;
  private final CommandSpec spec;

  CheckCommand(CommandIo io) {
    this.io = io;
    this.spec = CommandSpec.wrapWithoutInspection(this).name("check");
    spec.usageMessage()
        .description(
            "Checks agent files and reports problems, one per line (or as JSON, SARIF or GitHub annotations).",
            "Folders are searched for agent files (.claude/agents/**/*.md, plugin agents/**/*.md);"
                + " files named on the command line are always checked, unless the config file excludes them.")
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(exitCodes());
    CheckOptions.declare(spec);
    spec.addOption(
        OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help and exit.").build());
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    CheckOptions options = CheckOptions.read(spec);
    if (options.listRules()) {
      return listRules(options.format());
    }
    Configs configs = options.configs(io.cwd());
    FileFinder.Found found = findTargets(options, new FileFinder(io.cwd(), options.forcedKind(), configs));
    List<String> problems = new ArrayList<>(found.problems());
    problems.addAll(configs.problems());

    // The analyzer (schemas, rules) is created only once there is something to analyse.
    List<FileOutcome> outcomes = new ArrayList<>();
    Optional<Summary.Fixed> fixed = Optional.empty();
    StringBuilder diff = new StringBuilder();
    if (options.fix()) {
      fixed = Optional.of(fix(options.dryRun(), found.targets(), outcomes, problems, diff));
    } else if (!found.targets().isEmpty()) {
      outcomes.addAll(new FileChecker(AgentAnalyzer.create()).checkAll(found.targets()));
    }
    boolean configProblems = addConfigProblems(configs, outcomes);
    if (options.dryRun()) {
      io.out().print(diff);
    }
    return report(outcomes, problems, options, fixed, configProblems);
  }

  private FileFinder.Found findTargets(CheckOptions options, FileFinder finder) {
    if (!options.stdin()) {
      return finder.find(options.paths().isEmpty() ? List.of(".") : options.paths());
    }
    byte[] bytes;
    try {
      bytes = io.in().readAllBytes();
    } catch (IOException e) {
      throw new UsageProblem("cannot read standard input: " + e.getMessage());
    }
    List<CheckTarget> target = finder.stdinTarget(options.stdinFilename(), bytes).stream().toList();
    return new FileFinder.Found(target, List.of());
  }

  /** Runs {@code --fix}: outcomes, diffs and problems go into the given lists. */
  private static Summary.Fixed fix(
      boolean dryRun, List<CheckTarget> targets, List<FileOutcome> outcomes, List<String> problems, StringBuilder diff) {
    int fixes = 0;
    int files = 0;
    if (targets.isEmpty()) {
      return new Summary.Fixed(0, 0, dryRun);
    }
    for (FixRunner.Fixed result : new FixRunner(AgentAnalyzer.create(), dryRun).fixAll(targets)) {
      outcomes.add(result.outcome());
      result.problem().ifPresent(problems::add);
      diff.append(result.diff());
      fixes += result.fixes();
      files += result.fixes() > 0 ? 1 : 0;
    }
    return new Summary.Fixed(fixes, files, dryRun);
  }

  /** Adds each config file with problems as a checked file; true when there was one. */
  private boolean addConfigProblems(Configs configs, List<FileOutcome> outcomes) {
    boolean any = false;
    for (ProjectConfig config : configs.loaded()) {
      if (!config.problems().isEmpty() && config.file().isPresent()) {
        outcomes.add(
            new FileOutcome.Checked(display(config.file().get()), FileOutcome.CONFIG_KIND, config.problems(), config.lines()));
        any = true;
      }
    }
    return any;
  }

  /** A config file's path as shown: relative to the working folder. */
  private String display(Path file) {
    Path cwd = io.cwd().toAbsolutePath().normalize();
    try {
      return cwd.relativize(file).toString();
    } catch (IllegalArgumentException e) {
      return file.toString(); // another root (a Windows drive)
    }
  }

  /** Problems first (stderr), then the report; the exit code follows from both. */
  private int report(
      List<FileOutcome> outcomes,
      List<String> problems,
      CheckOptions options,
      Optional<Summary.Fixed> fixed,
      boolean configProblems) {
    List<FileOutcome.Checked> checked = new ArrayList<>(outcomes.size());
    for (FileOutcome outcome : outcomes) {
      if (outcome instanceof FileOutcome.Checked file) {
        checked.add(file);
      } else if (outcome instanceof FileOutcome.Unreadable unreadable) {
        problems.add("cannot read " + unreadable.displayPath() + ": " + unreadable.reason());
      }
    }
    checked.sort(Comparator.comparing(FileOutcome.Checked::displayPath));
    problems.forEach(problem -> io.err().println("agentmd: " + problem));
    Summary summary = Summary.of(outcomes);
    if (fixed.isPresent()) {
      summary = summary.with(fixed.get());
    }
    if (options.dryRun()) {
      io.err().println(summary.describe());
    } else {
      reporter(options.format()).report(checked, summary);
    }

    if (!problems.isEmpty() || configProblems) {
      return ExitCodes.USAGE;
    }
    boolean tooManyWarnings = options.maxWarnings() >= 0 && summary.warnings() > options.maxWarnings();
    return summary.errors() > 0 || tooManyWarnings ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private Reporter reporter(OutputFormat outputFormat) {
    return switch (outputFormat) {
      case TEXT -> new TextReporter(io.out(), io.err());
      case JSON -> new JsonReporter(io.out());
      case SARIF -> new SarifReporter(io.out(), Main.version(), sortedRules());
      case GITHUB -> new GithubReporter(io.out(), io.err());
    };
  }

  private int listRules(OutputFormat outputFormat) {
    if (outputFormat == OutputFormat.JSON) {
      RuleListing.json(sortedRules(), io.out());
    } else {
      RuleListing.text(sortedRules(), io.out());
    }
    return ExitCodes.OK;
  }

  private static List<Rule> sortedRules() {
    List<Rule> all = new ArrayList<>(RuleCatalog.all().values());
    all.sort(Comparator.comparing(Rule::id));
    return all;
  }

  private static Map<String, String> exitCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put("0", "no errors, and warnings within --max-warnings");
    codes.put("1", "errors found, or more warnings than --max-warnings");
    codes.put("2", "usage or I/O problem: bad option, nonexistent path, unreadable file, invalid config file");
    return codes;
  }
}
