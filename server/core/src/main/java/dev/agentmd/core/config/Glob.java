package dev.agentmd.core.config;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A file glob, matched against a file's absolute path with {@code /} separators. {@code *} and
 * {@code ?} stay within a folder; {@code **} crosses folders, and {@code **&#47;} also matches no
 * folder at all, so {@code **&#47;agents/**&#47;*.md} matches {@code /p/agents/x.md}; {@code {a,b}}
 * is either.
 *
 * <p>Two flavours, because they have different anchors:
 *
 * <ul>
 *   <li>{@link #of}: editor settings, which have no folder of their own. A glob that is not absolute
 *       matches at any depth, as editors' file associations do.
 *   <li>{@link #inFolder}: a config file's globs, relative to the folder that holds the file, as in
 *       {@code .gitignore}: a glob with a {@code /} before its last character is anchored at that
 *       folder ({@code .claude/agents/old/**}), one without matches a name at any depth below it
 *       ({@code *.draft.md}, {@code drafts}). A glob that matches a folder matches everything in it.
 * </ul>
 */
public final class Glob {

  private final String text;
  private final Pattern pattern;
  private final boolean matchesFolders;

  private Glob(String text, Pattern pattern, boolean matchesFolders) {
    this.text = text;
    this.pattern = pattern;
    this.matchesFolders = matchesFolders;
  }

  /**
   * An editor setting's glob. Throws {@link IllegalArgumentException} for an empty one or
   * unbalanced braces.
   */
  public static Glob of(String glob) {
    String trimmed = clean(glob);
    boolean anchored = trimmed.startsWith("/") || trimmed.startsWith("**") || trimmed.matches("^[A-Za-z]:/.*");
    String full = anchored ? trimmed : "**/" + trimmed;
    return new Glob(glob, Pattern.compile(toRegex(full)), false);
  }

  /**
   * A config file's glob, relative to {@code folder} (absolute). Throws {@link
   * IllegalArgumentException} for an empty one or unbalanced braces.
   */
  public static Glob inFolder(String glob, Path folder) {
    String trimmed = clean(glob);
    if (trimmed.startsWith("./")) {
      trimmed = trimmed.substring(2);
    }
    if (trimmed.endsWith("/") && trimmed.length() > 1) {
      trimmed = trimmed.substring(0, trimmed.length() - 1);
    }
    boolean anchored = trimmed.startsWith("/") || trimmed.contains("/");
    String relative = trimmed.startsWith("/") ? trimmed.substring(1) : trimmed;
    if (relative.isEmpty()) {
      throw new IllegalArgumentException("empty glob");
    }
    String base = slashes(folder.toAbsolutePath().normalize());
    String prefix = Pattern.quote(base.endsWith("/") ? base : base + "/");
    String regex = prefix + (anchored || relative.startsWith("**") ? "" : "(?:.*/)?") + toRegex(relative);
    return new Glob(glob, Pattern.compile(regex), true);
  }

  /** True when the glob matches {@code path} or, for a config file's glob, a folder above it. */
  public boolean matches(Path path) {
    Path normalized = path.toAbsolutePath().normalize();
    if (pattern.matcher(slashes(normalized)).matches()) {
      return true;
    }
    if (matchesFolders) {
      for (Path folder = normalized.getParent(); folder != null; folder = folder.getParent()) {
        if (pattern.matcher(slashes(folder)).matches()) {
          return true;
        }
      }
    }
    return false;
  }

  @Override
  public String toString() {
    return text;
  }

  private static String clean(String glob) {
    String trimmed = glob.trim().replace('\\', '/');
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("empty glob");
    }
    return trimmed;
  }

  private static String slashes(Path path) {
    return path.toString().replace('\\', '/');
  }

  private static String toRegex(String glob) {
    StringBuilder regex = new StringBuilder();
    int braces = 0;
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        boolean folderPrefix = i + 2 < glob.length() && glob.charAt(i + 2) == '/';
        regex.append(folderPrefix ? "(?:.*/)?" : ".*");
        i += folderPrefix ? 2 : 1;
      } else if (c == '*') {
        regex.append("[^/]*");
      } else if (c == '?') {
        regex.append("[^/]");
      } else if (c == '{') {
        braces++;
        regex.append("(?:");
      } else if (c == '}' && braces > 0) {
        braces--;
        regex.append(')');
      } else if (c == ',' && braces > 0) {
        regex.append('|');
      } else {
        if ("\\.[]{}()+-^$|".indexOf(c) >= 0) {
          regex.append('\\');
        }
        regex.append(c);
      }
    }
    if (braces != 0) {
      throw new IllegalArgumentException("unbalanced '{' in glob " + glob);
    }
    return regex.toString();
  }
}
