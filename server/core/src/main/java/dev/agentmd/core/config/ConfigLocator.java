package dev.agentmd.core.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Finds a project's config file: {@code .agentmd.yaml} (or {@code .agentmd.yml}) in a folder or the
 * nearest folder above it, up to the file system root.
 *
 * <p>This is the core's one look at the file system beyond the bytes it is handed. It lives here
 * so that the CLI and the language server find the same file for the same document.
 */
public final class ConfigLocator {

  /** The names a config file may have, in order of preference within one folder. */
  public static final List<String> FILE_NAMES = List.of(".agentmd.yaml", ".agentmd.yml");

  private ConfigLocator() {}

  /** The config file in {@code folder} itself, if there is one. */
  public static Optional<Path> in(Path folder) {
    for (String name : FILE_NAMES) {
      Path candidate = folder.resolve(name);
      if (Files.isRegularFile(candidate)) {
        return Optional.of(candidate);
      }
    }
    return Optional.empty();
  }

  /** The config file in {@code folder} (absolute) or the nearest folder above it. */
  public static Optional<Path> nearest(Path folder) {
    for (Path dir = folder; dir != null; dir = dir.getParent()) {
      Optional<Path> found = in(dir);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /** True when {@code fileName} is one of {@link #FILE_NAMES}. */
  public static boolean isConfigFileName(String fileName) {
    return FILE_NAMES.contains(fileName);
  }
}
