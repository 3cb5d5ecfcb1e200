package dev.agentmd.lsp.documents;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The path the analyzer sees for a document: relative to its project root, the nearest folder at
 * or above it that holds {@code .git} or {@code .claude}, as the CLI does. Kind detection looks for
 * {@code .claude/agents} and {@code agents} segments, so a folder named {@code agents} far above the
 * project (say {@code /tmp/agents/my-app}) must not turn its markdown files into agents.
 */
public final class ContextPath {

  private static final Map<Path, Optional<Path>> ROOTS = new ConcurrentHashMap<>();

  private ContextPath() {}

  public static Path of(Path absolute) {
    Path normalized = absolute.toAbsolutePath().normalize();
    return root(normalized.getParent()).map(root -> root.relativize(normalized)).orElse(normalized);
  }

  private static Optional<Path> root(Path folder) {
    if (folder == null) {
      return Optional.empty();
    }
    Optional<Path> known = ROOTS.get(folder);
    if (known != null) {
      return known;
    }
    boolean marker = Files.exists(folder.resolve(".git")) || Files.isDirectory(folder.resolve(".claude"));
    Optional<Path> root = marker ? Optional.of(folder) : root(folder.getParent());
    ROOTS.put(folder, root);
    return root;
  }
}
