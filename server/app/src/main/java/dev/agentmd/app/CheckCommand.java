package dev.agentmd.app;

import dev.agentmd.app.check.CheckTarget;
import dev.agentmd.app.check.FileChecker;
import dev.agentmd.app.check.FileFinder;
import dev.agentmd.app.check.FileOutcome;
import dev.agentmd.app.check.Summary;
import dev.agentmd.app.report.JsonReporter;
import dev.agentmd.app.report.Reporter;
import dev.agentmd.app.report.RuleListing;
import dev.agentmd.app.report.TextReporter;
import dev.agentmd.core.analysis.AgentAnalyzer;
import dev.agentmd.core.config.Settings;
import dev.agentmd.core.kind.FileKind;
import dev.agentmd.core.rules.Rule;
import dev.agentmd.core.rules.RuleCatalog;
import dev.agentmd.core.text.DidYouMean;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/** {@code agentmd check}: finds agent files, analyses them and reports findings. */
public final class CheckCommand implements Callable<Integer> {

  private final CommandIo io;
  private final CommandSpec spec;

  CheckCommand(CommandIo io) {
    this.io = io;
    this.spec = CommandSpec.wrapWithoutInspection(this).name("check");
    spec.usageMessage()
        .description(
            "Checks agent files and reports problems, one per line (or as JSON).",
            "Folders are searched for agent files (.claude/agents/**/*.md, plugin agents/**/*.md);"
                + " files named on the command line are always checked.")
        .exitCodeListHeading("%nExit codes:%n")
        .exitCodeList(exitCodes());
    spec.addPositional(
        PositionalParamSpec.builder()
            .paramLabel("PATH")
            .arity("0..*")
            .type(List.class)
            .auxiliaryTypes(String.class)
            .description("Files and folders to check (default: .).")
            .build());
    spec.addOption(
        option("--kind", "KIND", "Check every file as this kind (claude-agent); folders then contribute every .md file."));
    spec.addOption(option("--format", "FORMAT", "Output format: text (default) or json."));
    spec.addOption(
        OptionSpec.builder("--max-warnings")
            .paramLabel("N")
            .type(int.class)
            .description("Exit with 1 when there are more than N warnings (default: no limit).")
            .build());
    spec.addOption(
        OptionSpec.builder("--rule")
            .paramLabel("ID=LEVEL")
            .type(List.class)
            .auxiliaryTypes(String.class)
            .description("Set a rule's level: off, hint, info, warning or error. Repeatable.")
            .build());
    spec.addOption(flag("--stdin", "Read one document from standard input."));
    spec.addOption(
        option("--stdin-filename", "PATH", "The name to report stdin under; it also decides the kind (default: <stdin>)."));
    spec.addOption(flag("--list-rules", "List the rules (id, default severity, summary) and exit."));
    spec.addOption(
        OptionSpec.builder("-h", "--help").usageHelp(true).description("Show this help and exit.").build());
  }

  CommandSpec spec() {
    return spec;
  }

  @Override
  public Integer call() {
    ParseResult parsed = spec.commandLine().getParseResult();
    OutputFormat outputFormat = outputFormat(parsed.matchedOptionValue("--format", "text"));
    Optional<FileKind> forcedKind = forcedKind(parsed.matchedOptionValue("--kind", null));
    if (parsed.hasMatchedOption("--list-rules")) {
      return listRules(outputFormat);
    }
    Settings settings = settings(parsed.matchedOptionValue("--rule", List.of()));
    int maxWarnings = maxWarnings(parsed.matchedOptionValue("--max-warnings", -1));
    FileFinder.Found found = findTargets(parsed, new FileFinder(io.cwd(), forcedKind));

    // The analyzer (schemas, rules) is created only once there is something to analyse.
    List<FileOutcome> outcomes =
        found.targets().isEmpty()
            ? List.of()
            : new FileChecker(AgentAnalyzer.create(), settings).checkAll(found.targets());
    return report(outcomes, found.problems(), outputFormat, maxWarnings);
  }

  private FileFinder.Found findTargets(ParseResult parsed, FileFinder finder) {
    List<String> paths = parsed.matchedPositionalValue(0, List.of());
    String stdinFilename = parsed.matchedOptionValue("--stdin-filename", null);
    if (parsed.hasMatchedOption("--stdin")) {
      return new FileFinder.Found(List.of(stdinTarget(finder, paths, stdinFilename)), List.of());
    }
    if (stdinFilename != null) {
      throw new ParameterException(spec.commandLine(), "--stdin-filename needs --stdin");
    }
    return finder.find(paths.isEmpty() ? List.of(".") : paths);
  }

  /** Problems first (stderr), then the report; the exit code follows from both. */
  private int report(List<FileOutcome> outcomes, List<String> walkProblems, OutputFormat format, int maxWarnings) {
    List<FileOutcome.Checked> checked = new ArrayList<>(outcomes.size());
    List<String> problems = new ArrayList<>(walkProblems);
    for (FileOutcome outcome : outcomes) {
      if (outcome instanceof FileOutcome.Checked file) {
        checked.add(file);
      } else if (outcome instanceof FileOutcome.Unreadable unreadable) {
        problems.add("cannot read " + unreadable.displayPath() + ": " + unreadable.reason());
      }
    }
    problems.forEach(problem -> io.err().println("agentmd: " + problem));
    Summary summary = Summary.of(outcomes);
    reporter(format).report(checked, summary);

    if (!problems.isEmpty()) {
      return ExitCodes.USAGE;
    }
    boolean tooManyWarnings = maxWarnings >= 0 && summary.warnings() > maxWarnings;
    return summary.errors() > 0 || tooManyWarnings ? ExitCodes.FINDINGS : ExitCodes.OK;
  }

  private CheckTarget stdinTarget(FileFinder finder, List<String> paths, String stdinFilename) {
    if (!paths.isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--stdin takes no paths, got '" + paths.get(0) + "'");
    }
    byte[] bytes;
    try {
      bytes = io.in().readAllBytes();
    } catch (IOException e) {
      throw new UsageProblem("cannot read standard input: " + e.getMessage());
    }
    return finder.stdinTarget(Optional.ofNullable(stdinFilename), bytes);
  }

  private Reporter reporter(OutputFormat outputFormat) {
    return switch (outputFormat) {
      case TEXT -> new TextReporter(io.out(), io.err());
      case JSON -> new JsonReporter(io.out());
    };
  }

  private int listRules(OutputFormat outputFormat) {
    List<Rule> all = new ArrayList<>(RuleCatalog.all().values());
    all.sort(Comparator.comparing(Rule::id));
    switch (outputFormat) {
      case TEXT -> RuleListing.text(all, io.out());
      case JSON -> RuleListing.json(all, io.out());
    }
    return ExitCodes.OK;
  }

  private OutputFormat outputFormat(String format) {
    return OutputFormat.fromId(format)
        .orElseThrow(() -> invalid("--format", "'" + format + "' is not a format (use text or json)"));
  }

  /** {@code -1} (the default) means no limit. */
  private int maxWarnings(int maxWarnings) {
    if (maxWarnings < -1) {
      throw invalid("--max-warnings", "'" + maxWarnings + "' must be 0 or more");
    }
    return maxWarnings;
  }

  private Optional<FileKind> forcedKind(String kind) {
    if (kind == null) {
      return Optional.empty();
    }
    return Optional.of(FileKind.fromId(kind).orElseThrow(() -> invalid("--kind", "'" + kind + "' is not a known kind (use " + knownKinds() + ")")));
  }

  /** Parses the {@code --rule} options; the last one for a rule wins. */
  private Settings settings(List<String> rules) {
    if (rules.isEmpty()) {
      return Settings.DEFAULTS;
    }
    Set<String> known = RuleCatalog.all().keySet();
    Map<String, Settings.RuleLevel> levels = new HashMap<>();
    for (String rule : rules) {
      int equals = rule.indexOf('=');
      if (equals <= 0) {
        throw invalid("--rule", "'" + rule + "' is not ID=LEVEL (for example yaml/syntax=warning)");
      }
      String id = rule.substring(0, equals).trim();
      if (!known.contains(id)) {
        String hint = DidYouMean.nearest(id, known).map(near -> " (did you mean '" + near + "'?)").orElse("");
        throw invalid("--rule", "unknown rule id '" + id + "'" + hint);
      }
      String value = rule.substring(equals + 1);
      Settings.RuleLevel level =
          Settings.RuleLevel.parse(value)
              .orElseThrow(
                  () -> invalid("--rule", "'" + value + "' is not a level (use off, hint, info, warning or error)"));
      levels.put(id, level);
    }
    return new Settings(levels, Set.of(), Set.of());
  }

  private ParameterException invalid(String option, String problem) {
    return new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': " + problem);
  }

  private static String knownKinds() {
    StringBuilder ids = new StringBuilder();
    for (FileKind fileKind : FileKind.values()) {
      ids.append(ids.length() == 0 ? "" : ", ").append(fileKind.id());
    }
    return ids.toString();
  }

  private static Map<String, String> exitCodes() {
    Map<String, String> codes = new LinkedHashMap<>();
    codes.put("0", "no errors, and warnings within --max-warnings");
    codes.put("1", "errors found, or more warnings than --max-warnings");
    codes.put("2", "usage or I/O problem: bad option, nonexistent path, unreadable file");
    return codes;
  }

  private static OptionSpec option(String name, String label, String description) {
    return OptionSpec.builder(name).paramLabel(label).type(String.class).description(description).build();
  }

  private static OptionSpec flag(String name, String description) {
    return OptionSpec.builder(name).arity("0").type(boolean.class).description(description).build();
  }
}
