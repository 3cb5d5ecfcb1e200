package dev.agentmd.app.check;

import dev.agentmd.app.UsageProblem;
import dev.agentmd.core.config.ProjectConfig;
import dev.agentmd.core.kind.FileKind;
import dev.agentmd.core.kind.FileKindDetector;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Turns the paths on the command line into the sorted list of documents to check.
 *
 * <p>A named file is always checked: as {@code --kind} if given, else as detected from its path,
 * else as a Claude agent. A named folder is walked (symbolic links to folders are not followed;
 * {@code .git}, {@code node_modules} and hidden folders other than {@code .claude} are skipped);
 * it contributes the files {@link FileKindDetector} recognises, or every {@code .md} file when
 * {@code --kind} forces the kind. A file reached twice is checked once.
 *
 * <p>Each file's config file ({@link Configs}) adds to this: its {@code files.exclude} globs drop
 * files, named ones and stdin's {@code --stdin-filename} included; its {@code files.include} globs
 * make a folder contribute the Markdown files they match, as Claude agents.
 */
public final class FileFinder {

  /** The documents to check, sorted by display path, and folders that could not be read. */
  public record Found(List<CheckTarget> targets, List<String> problems) {}

  private final Path cwd;
  private final Optional<FileKind> forcedKind;
  private final Configs configs;
  private final ProjectPaths projectPaths;

  public FileFinder(Path cwd, Optional<FileKind> forcedKind, Configs configs) {
    this.cwd = cwd;
    this.forcedKind = forcedKind;
    this.configs = configs;
    this.projectPaths = new ProjectPaths(cwd);
  }

  /**
   * Finds the documents under the given paths.
   *
   * @throws UsageProblem when a path does not exist; nothing is checked then
   */
  public Found find(List<String> arguments) {
    List<String> missing = new ArrayList<>();
    Map<String, Path> given = new LinkedHashMap<>();
    for (String argument : arguments) {
      Path path = parse(argument);
      if (!Files.exists(cwd.resolve(path))) {
        missing.add("no such file or directory: " + argument);
      } else {
        given.putIfAbsent(argument, path);
      }
    }
    if (!missing.isEmpty()) {
      throw new UsageProblem(missing);
    }
    Map<Path, CheckTarget> byFile = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    given.forEach(
        (argument, path) -> {
          Path absolute = cwd.resolve(path).toAbsolutePath().normalize();
          if (Files.isDirectory(absolute)) {
            walk(path, realFolder(absolute), byFile, problems);
          } else {
            ProjectConfig config = configs.forFolder(absolute.getParent());
            if (!config.excludes(absolute)) {
              Path context = projectPaths.contextPath(absolute, absolute.getParent());
              byFile.putIfAbsent(absolute, target(display(path), context, kindOf(context), config, absolute));
            }
          }
        });
    List<CheckTarget> targets = new ArrayList<>(byFile.values());
    targets.sort(Comparator.comparing(CheckTarget::displayPath));
    return new Found(targets, problems);
  }

  /**
   * The one document read from stdin. With a name, it is reported under that name, which also
   * decides its kind and config file; without one it is reported as {@code <stdin>}, checked as
   * unnamed input, under the working folder's config file. Empty when the config excludes the name.
   */
  public Optional<CheckTarget> stdinTarget(Optional<String> name, byte[] bytes) {
    if (name.isEmpty()) {
      FileKind kind = forcedKind.orElse(FileKind.CLAUDE_AGENT);
      ProjectConfig config = configs.forFolder(cwd.toAbsolutePath().normalize());
      return Optional.of(
          new CheckTarget("<stdin>", Optional.empty(), kind, configs.settings(config), Optional.empty(), () -> bytes));
    }
    Path absolute = cwd.resolve(parse(name.get())).toAbsolutePath().normalize();
    ProjectConfig config = configs.forFolder(absolute.getParent());
    if (config.excludes(absolute)) {
      return Optional.empty();
    }
    Path context = projectPaths.contextPath(absolute, absolute.getParent());
    return Optional.of(
        new CheckTarget(
            name.get(), Optional.of(context), kindOf(context), configs.settings(config), Optional.empty(), () -> bytes));
  }

  private void walk(Path given, Path root, Map<Path, CheckTarget> byFile, List<String> problems) {
    try {
      Files.walkFileTree(
          root,
          new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
              return dir.equals(root) || !skipped(dir.getFileName().toString())
                  ? FileVisitResult.CONTINUE
                  : FileVisitResult.SKIP_SUBTREE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
              if (!attrs.isRegularFile() && !(attrs.isSymbolicLink() && Files.isRegularFile(file))) {
                return FileVisitResult.CONTINUE;
              }
              ProjectConfig config = configs.forFolder(file.getParent());
              if (config.excludes(file)) {
                return FileVisitResult.CONTINUE;
              }
              Path context = projectPaths.contextPath(file, root);
              Optional<FileKind> kind =
                  forcedKind.isPresent()
                      ? forcedKind.filter(k -> isMarkdown(file))
                      : FileKindDetector.detect(context)
                          .or(() -> isMarkdown(file) && config.includes(file) ? Optional.of(FileKind.CLAUDE_AGENT) : Optional.empty());
              if (kind.isPresent()) {
                byFile.putIfAbsent(file, target(displayOf(file), context, kind.get(), config, file));
              }
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
              problems.add("cannot read " + displayOf(file) + ": " + FileChecker.reason(e));
              return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path dir, IOException e) {
              if (e != null) {
                problems.add("cannot read " + displayOf(dir) + ": " + FileChecker.reason(e));
              }
              return FileVisitResult.CONTINUE;
            }

            /** The path under the folder as the user named it, e.g. {@code examples/.claude/…}. */
            private String displayOf(Path file) {
              return display(given.resolve(root.relativize(file)));
            }
          });
    } catch (IOException e) {
      problems.add("cannot read " + display(given) + ": " + FileChecker.reason(e));
    }
  }

  /** A named file's kind: forced, else detected, else a Claude agent. */
  private FileKind kindOf(Path context) {
    return forcedKind.or(() -> FileKindDetector.detect(context)).orElse(FileKind.CLAUDE_AGENT);
  }

  /** The walk does not follow links below the root, but a named link to a folder is walked. */
  private static Path realFolder(Path folder) {
    try {
      return Files.isSymbolicLink(folder) ? folder.toRealPath() : folder;
    } catch (IOException e) {
      return folder;
    }
  }

  private CheckTarget target(String display, Path context, FileKind kind, ProjectConfig config, Path absolute) {
    return new CheckTarget(
        display,
        Optional.of(context),
        kind,
        configs.settings(config),
        Optional.of(absolute),
        () -> Files.readAllBytes(absolute));
  }

  /** Hidden folders hold tool state ({@code .git}, {@code .venv}); {@code .claude} holds agents. */
  private static boolean skipped(String name) {
    return name.equals("node_modules") || (name.startsWith(".") && !name.equals(".claude"));
  }

  private static boolean isMarkdown(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".md");
  }

  /** The user's spelling without {@code ./} noise; {@code "."} itself becomes the empty path. */
  private static String display(Path given) {
    return given.normalize().toString();
  }

  private static Path parse(String argument) {
    try {
      return Path.of(argument);
    } catch (InvalidPathException e) {
      throw new UsageProblem("invalid path: " + argument);
    }
  }
}
