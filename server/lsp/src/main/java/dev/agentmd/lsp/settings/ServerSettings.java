package dev.agentmd.lsp.settings;

import dev.agentmd.core.config.Glob;
import dev.agentmd.core.config.ProjectConfig;
import dev.agentmd.core.config.Settings;
import dev.agentmd.core.kind.FileKind;
import dev.agentmd.core.kind.FileKindDetector;
import dev.agentmd.lsp.documents.ContextPath;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything the user can set for the server, parsed once and immutable: the editor's settings
 * (the core's analysis {@link Settings} plus file globs) and the project config files they go on
 * top of. The server swaps the whole value atomically when the client's settings change.
 *
 * <p>For each document the nearest {@code .agentmd.yaml} applies first and the editor's settings
 * on top: an editor rule level wins over the config's for that rule; extra tools and models, and
 * include and exclude globs, are combined.
 *
 * @param analysis the editor's rule levels and extra vocabulary
 * @param include the editor's globs of files to check besides those found by location
 * @param exclude the editor's globs of files never to check
 * @param configs the project config files
 */
public record ServerSettings(Settings analysis, List<Glob> include, List<Glob> exclude, ProjectConfigs configs) {

  public static final ServerSettings DEFAULTS =
      new ServerSettings(Settings.DEFAULTS, List.of(), List.of(), ProjectConfigs.NONE);

  public ServerSettings {
    include = List.copyOf(include);
    exclude = List.copyOf(exclude);
  }

  /** The same editor settings over other config files. */
  public ServerSettings withConfigs(ProjectConfigs newConfigs) {
    return new ServerSettings(analysis, include, exclude, newConfigs);
  }

  /**
   * What applies to one document.
   *
   * @param kind the document's kind; empty for a file that is not an agent file (or is excluded)
   * @param analysis the settings to analyse it with
   */
  public record ForDocument(Optional<FileKind> kind, Settings analysis) {}

  /** The kind and settings of the document at {@code path}. */
  public ForDocument forDocument(Optional<Path> path) {
    ProjectConfig config = configs.forDocument(path);
    return new ForDocument(kindOf(path, config), config.settings().overriddenBy(analysis));
  }

  /** The kind of the file at {@code path}; see {@link #forDocument}. */
  public Optional<FileKind> kindOf(Optional<Path> path) {
    return kindOf(path, configs.forDocument(path));
  }

  /**
   * By location as the CLI finds it, else a subagent when an include glob matches; nothing when an
   * exclude glob matches. A document without a path (an unsaved buffer) is not an agent file.
   */
  private Optional<FileKind> kindOf(Optional<Path> path, ProjectConfig config) {
    if (path.isEmpty()) {
      return Optional.empty();
    }
    Path file = path.get();
    if (config.excludes(file) || exclude.stream().anyMatch(glob -> glob.matches(file))) {
      return Optional.empty();
    }
    Optional<FileKind> byLocation = FileKindDetector.detect(ContextPath.of(file));
    if (byLocation.isPresent()) {
      return byLocation;
    }
    boolean included = config.includes(file) || include.stream().anyMatch(glob -> glob.matches(file));
    return included ? Optional.of(FileKind.CLAUDE_AGENT) : Optional.empty();
  }
}
