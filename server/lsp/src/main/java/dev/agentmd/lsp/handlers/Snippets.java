package dev.agentmd.lsp.handlers;

/**
 * Flattens LSP snippet syntax to the text it would insert with every placeholder at its default,
 * for clients without snippet support: {@code $1} and {@code $0} vanish, {@code ${1:x}} becomes
 * {@code x}, {@code ${1|a,b|}} becomes {@code a}, and {@code \$}, {@code \}} and {@code \\} are
 * unescaped.
 */
final class Snippets {

  private Snippets() {}

  static String plain(String snippet) {
    StringBuilder out = new StringBuilder();
    int depth = 0;
    int i = 0;
    while (i < snippet.length()) {
      char c = snippet.charAt(i);
      if (c == '\\' && i + 1 < snippet.length() && "$}\\|,".indexOf(snippet.charAt(i + 1)) >= 0) {
        out.append(snippet.charAt(i + 1));
        i += 2;
      } else if (c == '$' && i + 1 < snippet.length() && Character.isDigit(snippet.charAt(i + 1))) {
        i = skipDigits(snippet, i + 1);
      } else if (c == '$' && i + 1 < snippet.length() && snippet.charAt(i + 1) == '{') {
        i = skipDigits(snippet, i + 2);
        if (i < snippet.length() && snippet.charAt(i) == ':') {
          depth++;
          i++;
        } else if (i < snippet.length() && snippet.charAt(i) == '|') {
          int end = snippet.indexOf("|}", i + 1);
          String choices = snippet.substring(i + 1, end < 0 ? snippet.length() : end);
          int comma = choices.indexOf(',');
          out.append(comma < 0 ? choices : choices.substring(0, comma));
          i = end < 0 ? snippet.length() : end + 2;
        } else if (i < snippet.length() && snippet.charAt(i) == '}') {
          i++;
        }
      } else if (c == '}' && depth > 0) {
        depth--;
        i++;
      } else {
        out.append(c);
        i++;
      }
    }
    return out.toString();
  }

  private static int skipDigits(String text, int from) {
    int i = from;
    while (i < text.length() && Character.isDigit(text.charAt(i))) {
      i++;
    }
    return i;
  }
}
