package dev.agentmd.lsp.settings;

import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * A file glob from the {@code files.include} setting, matched against a file's absolute path with
 * {@code /} separators. {@code *} and {@code ?} stay within a folder; {@code **} crosses folders,
 * and {@code **&#47;} also matches no folder at all, so {@code **&#47;agents/**&#47;*.md} matches
 * {@code /p/agents/x.md}; {@code {a,b}} is either. A glob that is not absolute matches at any
 * depth, as editors' file associations do.
 */
public final class Glob {

  private final String text;
  private final Pattern pattern;

  private Glob(String text, Pattern pattern) {
    this.text = text;
    this.pattern = pattern;
  }

  /** Compiles a glob; throws {@link IllegalArgumentException} for an empty one or unbalanced braces. */
  public static Glob of(String glob) {
    String trimmed = glob.trim().replace('\\', '/');
    if (trimmed.isEmpty()) {
      throw new IllegalArgumentException("empty glob");
    }
    boolean anchored = trimmed.startsWith("/") || trimmed.startsWith("**") || trimmed.matches("^[A-Za-z]:/.*");
    String full = anchored ? trimmed : "**/" + trimmed;
    return new Glob(glob, Pattern.compile(toRegex(full)));
  }

  public boolean matches(Path path) {
    String normalized = path.toAbsolutePath().normalize().toString().replace('\\', '/');
    return pattern.matcher(normalized).matches();
  }

  @Override
  public String toString() {
    return text;
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
