package dev.agentmd.core.config;

import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.text.LineMap;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A project's {@code .agentmd.yaml} as far as it could be read: the settings it gives, the file
 * globs, and its problems as {@code config/invalid} findings at their exact place. A config with
 * problems still applies everything that could be read.
 *
 * @param file the config file; empty for {@link #NONE}
 * @param settings rule levels and extra vocabulary
 * @param include globs of Markdown files to check as agents besides those found by location
 * @param exclude globs of files never to check
 * @param problems {@code config/invalid} findings, sorted by position
 * @param lines the config text's line map, to report the problems' positions
 */
public record ProjectConfig(
    Optional<Path> file,
    Settings settings,
    List<Glob> include,
    List<Glob> exclude,
    List<Finding> problems,
    LineMap lines) {

  /** The rule id of every problem in a config file. It is not a rule: it cannot be turned off. */
  public static final String INVALID = "config/invalid";

  /** No config file: default settings, no globs. */
  public static final ProjectConfig NONE =
      new ProjectConfig(Optional.empty(), Settings.DEFAULTS, List.of(), List.of(), List.of(), new LineMap(""));

  public ProjectConfig {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
    problems = List.copyOf(problems);
  }

  /** True when {@code path} (absolute) matches an exclude glob. */
  public boolean excludes(Path path) {
    return matchesAny(exclude, path);
  }

  /** True when {@code path} (absolute) matches an include glob. */
  public boolean includes(Path path) {
    return matchesAny(include, path);
  }

  /** A loop, not a stream: this runs for every file of a walk, mostly with no globs at all. */
  private static boolean matchesAny(List<Glob> globs, Path path) {
    for (Glob glob : globs) {
      if (glob.matches(path)) {
        return true;
      }
    }
    return false;
  }
}
