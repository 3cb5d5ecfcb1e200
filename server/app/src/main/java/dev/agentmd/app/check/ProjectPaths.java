package dev.agentmd.app.check;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Gives each file the path the analyzer should see: relative to its project root, the nearest
 * folder at or above it that holds a {@code .git}. Kind detection and location rules look for
 * {@code .claude/agents} and {@code agents} segments, so a folder named {@code agents} far above the
 * project (say {@code ~/agents/my-app}) must not count, and {@code cd .claude/agents && agentmd
 * check .} must still see the {@code .claude/agents} context.
 *
 * <p>Outside a Git work tree the path is relative to the working folder when the file is under it,
 * and absolute otherwise. Not thread-safe; file discovery runs on one thread.
 */
final class ProjectPaths {

  private final Path cwd;
  private final Map<Path, Optional<Path>> rootByFolder = new HashMap<>();

  ProjectPaths(Path cwd) {
    this.cwd = cwd.toAbsolutePath().normalize();
  }

  /** The analyzer's view of {@code file} (absolute, normalized) found from {@code folder}. */
  Path contextPath(Path file, Path folder) {
    Optional<Path> root = projectRoot(folder);
    if (root.isPresent()) {
      return root.get().relativize(file);
    }
    return file.startsWith(cwd) && !file.equals(cwd) ? cwd.relativize(file) : file;
  }

  private Optional<Path> projectRoot(Path folder) {
    if (folder == null) {
      return Optional.empty();
    }
    Optional<Path> known = rootByFolder.get(folder);
    if (known != null) {
      return known;
    }
    Optional<Path> root =
        Files.exists(folder.resolve(".git")) ? Optional.of(folder) : projectRoot(folder.getParent());
    rootByFolder.put(folder, root);
    return root;
  }
}
