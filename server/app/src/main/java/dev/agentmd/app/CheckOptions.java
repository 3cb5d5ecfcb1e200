package dev.agentmd.app;

import dev.agentmd.app.check.Configs;
import dev.agentmd.core.config.Settings;
import dev.agentmd.core.kind.FileKind;
import dev.agentmd.core.rules.RuleCatalog;
import dev.agentmd.core.text.DidYouMean;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParseResult;

/**
 * The options of {@code agentmd check}: declared with picocli's programmatic API (see {@link
 * Main}) and read back, validated, into one value.
 *
 * @param paths the paths given (empty means {@code .})
 * @param format the output format
 * @param forcedKind {@code --kind}
 * @param maxWarnings {@code --max-warnings}; {@code -1} is no limit
 * @param rules the {@code --rule} levels, which go on top of every config file's
 * @param config {@code --config FILE}
 * @param noConfig {@code --no-config}
 * @param stdin {@code --stdin}
 * @param stdinFilename {@code --stdin-filename}
 * @param fix {@code --fix}
 * @param dryRun {@code --dry-run}
 * @param listRules {@code --list-rules}
 */
record CheckOptions(
    List<String> paths,
    OutputFormat format,
    Optional<FileKind> forcedKind,
    int maxWarnings,
    Settings rules,
    Optional<String> config,
    boolean noConfig,
    boolean stdin,
    Optional<String> stdinFilename,
    boolean fix,
    boolean dryRun,
    boolean listRules) {

  /** Adds the options to {@code spec}. */
  static void declare(CommandSpec spec) {
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
    spec.addOption(option("--format", "FORMAT", "Output format: text (default), json, sarif or github."));
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
            .description("Set a rule's level: off, hint, info, warning or error. Repeatable; wins over the config file.")
            .build());
    spec.addOption(
        option("--config", "FILE", "Use this config file for every file instead of the nearest .agentmd.yaml."));
    spec.addOption(flag("--no-config", "Ignore config files (.agentmd.yaml)."));
    spec.addOption(flag("--fix", "Apply the safe fixes and write the files; report what is left."));
    spec.addOption(flag("--dry-run", "With --fix: print the changes as a unified diff and write nothing."));
    spec.addOption(flag("--stdin", "Read one document from standard input."));
    spec.addOption(
        option("--stdin-filename", "PATH", "The name to report stdin under; it also decides the kind (default: <stdin>)."));
    spec.addOption(flag("--list-rules", "List the rules (id, default severity, summary) and exit."));
  }

  /** Reads and checks the parsed options; a bad combination is a {@link ParameterException}. */
  static CheckOptions read(CommandSpec spec) {
    ParseResult parsed = spec.commandLine().getParseResult();
    Reader reader = new Reader(spec);
    String formatId = parsed.matchedOptionValue("--format", "text");
    OutputFormat format =
        OutputFormat.fromId(formatId)
            .orElseThrow(() -> reader.invalid("--format", "'" + formatId + "' is not a format (use text, json, sarif or github)"));
    CheckOptions options =
        new CheckOptions(
            parsed.matchedPositionalValue(0, List.of()),
            format,
            reader.forcedKind(parsed.matchedOptionValue("--kind", null)),
            reader.maxWarnings(parsed.matchedOptionValue("--max-warnings", -1)),
            reader.rules(parsed.matchedOptionValue("--rule", List.of())),
            Optional.ofNullable(parsed.matchedOptionValue("--config", null)),
            parsed.hasMatchedOption("--no-config"),
            parsed.hasMatchedOption("--stdin"),
            Optional.ofNullable(parsed.matchedOptionValue("--stdin-filename", null)),
            parsed.hasMatchedOption("--fix"),
            parsed.hasMatchedOption("--dry-run"),
            parsed.hasMatchedOption("--list-rules"));
    options.validate(reader);
    return options;
  }

  /** The config files to use, resolved against {@code cwd}. */
  Configs configs(Path cwd) {
    if (noConfig) {
      return Configs.none(rules);
    }
    if (config.isPresent()) {
      return Configs.fixed(cwd.resolve(config.get()), config.get(), rules);
    }
    return Configs.discover(rules);
  }

  private void validate(Reader reader) {
    if (config.isPresent() && noConfig) {
      throw reader.conflict("--config and --no-config exclude each other");
    }
    if (listRules && format != OutputFormat.TEXT && format != OutputFormat.JSON) {
      throw reader.conflict("--list-rules prints text or json, not " + format.id());
    }
    if (dryRun && !fix) {
      throw reader.conflict("--dry-run needs --fix");
    }
    if (dryRun && format != OutputFormat.TEXT) {
      throw reader.conflict("--fix --dry-run prints a diff; it cannot be combined with --format " + format.id());
    }
    if (fix && stdin) {
      throw reader.conflict("--fix writes files; it cannot be combined with --stdin");
    }
    if (stdinFilename.isPresent() && !stdin) {
      throw reader.conflict("--stdin-filename needs --stdin");
    }
    if (stdin && !paths.isEmpty()) {
      throw reader.conflict("--stdin takes no paths, got '" + paths.get(0) + "'");
    }
  }

  /** Turns option values into values, or into usage errors naming the option. */
  private record Reader(CommandSpec spec) {

    Optional<FileKind> forcedKind(String kind) {
      if (kind == null) {
        return Optional.empty();
      }
      return Optional.of(
          FileKind.fromId(kind).orElseThrow(() -> invalid("--kind", "'" + kind + "' is not a known kind (use " + knownKinds() + ")")));
    }

    /** {@code -1} (the default) means no limit. */
    int maxWarnings(int maxWarnings) {
      if (maxWarnings < -1) {
        throw invalid("--max-warnings", "'" + maxWarnings + "' must be 0 or more");
      }
      return maxWarnings;
    }

    /** Parses the {@code --rule} options; the last one for a rule wins. */
    Settings rules(List<String> rules) {
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

    ParameterException invalid(String option, String problem) {
      return new ParameterException(spec.commandLine(), "Invalid value for option '" + option + "': " + problem);
    }

    ParameterException conflict(String problem) {
      return new ParameterException(spec.commandLine(), problem);
    }

    private static String knownKinds() {
      StringBuilder ids = new StringBuilder();
      for (FileKind fileKind : FileKind.values()) {
        ids.append(ids.length() == 0 ? "" : ", ").append(fileKind.id());
      }
      return ids.toString();
    }
  }

  private static OptionSpec option(String name, String label, String description) {
    return OptionSpec.builder(name).paramLabel(label).type(String.class).description(description).build();
  }

  private static OptionSpec flag(String name, String description) {
    return OptionSpec.builder(name).arity("0").type(boolean.class).description(description).build();
  }
}
