package dev.agentmd.lsp.settings;

import dev.agentmd.core.config.ConfigLocator;
import dev.agentmd.core.config.ConfigReader;
import dev.agentmd.core.config.ProjectConfig;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.text.LineMap;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;

/**
 * The project config files ({@code .agentmd.yaml}) the server has read, found as the CLI finds
 * them: the nearest one at or above the document's folder.
 *
 * <p>The file is looked up and read again for every analysis (a few file-system checks and one
 * small read), and parsed again only when its bytes changed, so an edited, added or deleted config
 * applies from the next validation on, without the client having to watch files. Problems in a
 * config are logged once per version of the file, with line and column; {@code agentmd check}
 * reports them as {@code config/invalid} findings. Thread-safe.
 */
public final class ProjectConfigs {

  /** Never reads a file: every document gets {@link ProjectConfig#NONE}. */
  public static final ProjectConfigs NONE = new ProjectConfigs(message -> {}, false);

  private record Read(byte[] bytes, ProjectConfig config) {}

  private final Consumer<String> warnings;
  private final boolean enabled;
  private final Map<Path, Read> byFile = new HashMap<>();
  private final Set<Path> unreadable = ConcurrentHashMap.newKeySet();

  private ProjectConfigs(Consumer<String> warnings, boolean enabled) {
    this.warnings = warnings;
    this.enabled = enabled;
  }

  /** Reads config files and sends each problem, as one line, to {@code warnings}. */
  public static ProjectConfigs reading(Consumer<String> warnings) {
    return new ProjectConfigs(warnings, true);
  }

  /** The config for a document at {@code path}; {@link ProjectConfig#NONE} without one. */
  public ProjectConfig forDocument(Optional<Path> path) {
    if (!enabled || path.isEmpty() || path.get().getParent() == null) {
      return ProjectConfig.NONE;
    }
    Optional<Path> file = ConfigLocator.nearest(path.get().toAbsolutePath().normalize().getParent());
    if (file.isEmpty()) {
      return ProjectConfig.NONE;
    }
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file.get());
    } catch (IOException e) {
      if (unreadable.add(file.get())) {
        warnings.accept("agentmd config " + file.get() + ": cannot read it: " + e);
      }
      return ProjectConfig.NONE;
    }
    unreadable.remove(file.get());
    return read(file.get(), bytes);
  }

  private synchronized ProjectConfig read(Path file, byte[] bytes) {
    Read known = byFile.get(file);
    if (known != null && Arrays.equals(known.bytes(), bytes)) {
      return known.config();
    }
    ProjectConfig config = ConfigReader.read(file, bytes);
    byFile.put(file, new Read(bytes, config));
    LineMap lines = config.lines();
    for (Finding problem : config.problems()) {
      LineMap.Position at = lines.position(problem.span().start(), LineMap.ColumnUnit.UTF16);
      warnings.accept(
          "agentmd config " + file + ":" + (at.line() + 1) + ":" + (at.column() + 1) + ": " + problem.message());
    }
    return config;
  }
}
