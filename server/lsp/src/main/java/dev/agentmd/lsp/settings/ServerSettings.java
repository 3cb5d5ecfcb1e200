package dev.agentmd.lsp.settings;

import dev.agentmd.core.config.Settings;
import dev.agentmd.core.kind.FileKind;
import dev.agentmd.core.kind.FileKindDetector;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything the user can set for the server, parsed once and immutable: the core's analysis
 * {@link Settings} plus the extra globs that make a file an agent file. The server swaps the whole
 * value atomically when the client's settings change.
 *
 * @param analysis rule levels and extra vocabulary, exactly as the CLI passes them to the core
 * @param include globs of files to check besides those found by location
 */
public record ServerSettings(Settings analysis, List<Glob> include) {

  public static final ServerSettings DEFAULTS = new ServerSettings(Settings.DEFAULTS, List.of());

  public ServerSettings {
    include = List.copyOf(include);
  }

  /**
   * The kind of the file at {@code path}: by location as the CLI finds it, else a subagent when an
   * include glob matches. A document without a path (an unsaved buffer) is not an agent file.
   */
  public Optional<FileKind> kindOf(Optional<Path> path) {
    if (path.isEmpty()) {
      return Optional.empty();
    }
    Optional<FileKind> byLocation = FileKindDetector.detect(path.get());
    if (byLocation.isPresent()) {
      return byLocation;
    }
    boolean included = include.stream().anyMatch(glob -> glob.matches(path.get()));
    return included ? Optional.of(FileKind.CLAUDE_AGENT) : Optional.empty();
  }
}
