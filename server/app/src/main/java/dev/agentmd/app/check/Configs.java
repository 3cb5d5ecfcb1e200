package dev.agentmd.app.check;

import dev.agentmd.app.UsageProblem;
import dev.agentmd.core.config.ConfigLocator;
import dev.agentmd.core.config.ConfigReader;
import dev.agentmd.core.config.ProjectConfig;
import dev.agentmd.core.config.Settings;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The config files of one run: found by walking up from each checked file (the nearest {@code
 * .agentmd.yaml} or {@code .agentmd.yml} wins, up to the file system root), or the one given with
 * {@code --config}, or none ({@code --no-config}). Each file is read once; the {@code --rule}
 * options go on top of every config's rule levels.
 *
 * <p>Not thread-safe; file discovery runs on one thread.
 */
public final class Configs {

  private final Optional<ProjectConfig> fixed;
  private final boolean discover;
  private final Settings overrides;
  private final Map<Path, Optional<Path>> nearestByFolder = new HashMap<>();
  private final Map<Path, ProjectConfig> byFile = new LinkedHashMap<>();
  private final Map<ProjectConfig, Settings> settings = new IdentityHashMap<>();
  private final List<String> problems = new ArrayList<>();

  private Configs(Optional<ProjectConfig> fixed, boolean discover, Settings overrides) {
    this.fixed = fixed;
    this.discover = discover;
    this.overrides = overrides;
  }

  /** Finds each file's nearest config file. */
  public static Configs discover(Settings overrides) {
    return new Configs(Optional.empty(), true, overrides);
  }

  /** No config files at all: the defaults, with {@code overrides}. */
  public static Configs none(Settings overrides) {
    return new Configs(Optional.empty(), false, overrides);
  }

  /**
   * One config file for every checked file ({@code --config}).
   *
   * @param given the file as the user named it, for messages
   * @throws UsageProblem when it does not exist or cannot be read
   */
  public static Configs fixed(Path file, String given, Settings overrides) {
    if (!Files.isRegularFile(file)) {
      throw new UsageProblem("no such config file: " + given);
    }
    Configs configs = new Configs(Optional.empty(), false, overrides);
    ProjectConfig config = configs.load(file.toAbsolutePath().normalize());
    if (!configs.problems.isEmpty()) {
      throw new UsageProblem(configs.problems);
    }
    return new Configs(Optional.of(config), false, overrides).adopt(configs);
  }

  /** The config that applies to files in {@code folder} (absolute). */
  public ProjectConfig forFolder(Path folder) {
    if (fixed.isPresent()) {
      return fixed.get();
    }
    if (!discover || folder == null) {
      return ProjectConfig.NONE;
    }
    Optional<Path> file = nearest(folder);
    return file.isPresent() ? load(file.get()) : ProjectConfig.NONE;
  }

  /** The settings to check a file under {@code config} with: the config's, then {@code --rule}. */
  public Settings settings(ProjectConfig config) {
    Settings known = settings.get(config);
    if (known == null) {
      known = config.settings().overriddenBy(overrides);
      settings.put(config, known);
    }
    return known;
  }

  /** Every config file read so far, in the order first read. */
  public List<ProjectConfig> loaded() {
    return List.copyOf(byFile.values());
  }

  /** Config files that could not be read, one sentence each (reported like unreadable files). */
  public List<String> problems() {
    return List.copyOf(problems);
  }

  private Configs adopt(Configs other) {
    byFile.putAll(other.byFile);
    return this;
  }

  private Optional<Path> nearest(Path folder) {
    Optional<Path> known = nearestByFolder.get(folder);
    if (known != null) {
      return known;
    }
    Optional<Path> here = ConfigLocator.in(folder);
    Optional<Path> found = here.isPresent() || folder.getParent() == null ? here : nearest(folder.getParent());
    nearestByFolder.put(folder, found);
    return found;
  }

  private ProjectConfig load(Path file) {
    ProjectConfig known = byFile.get(file);
    if (known != null) {
      return known;
    }
    ProjectConfig config;
    try {
      config = ConfigReader.read(file, Files.readAllBytes(file));
    } catch (IOException e) {
      problems.add("cannot read config " + file + ": " + FileChecker.reason(e));
      config = ProjectConfig.NONE;
    }
    byFile.put(file, config);
    return config;
  }
}
