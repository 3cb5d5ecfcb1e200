package dev.agentmd.core.yaml;

import java.util.Random;

/**
 * Writes a text as the YAML source of a mapping value in a given style, choosing at random among
 * the equivalent spellings a person or a generator might use: folds, escapes, chomping and
 * indentation indicators. The parser, not this class, is the judge of what the source means.
 */
final class ScalarRenderer {

  /** The styles a description is written in. */
  enum Style {
    PLAIN,
    LENIENT,
    SINGLE_QUOTED,
    DOUBLE_QUOTED,
    LITERAL,
    FOLDED
  }

  private static final String INDENT = "  ";

  private final Random random;

  ScalarRenderer(Random random) {
    this.random = random;
  }

  String render(String text, Style style) {
    return switch (style) {
      case PLAIN -> plain(text);
      case LENIENT -> "Use: " + text.replace("\n", "\\n");
      case SINGLE_QUOTED -> singleQuoted(text);
      case DOUBLE_QUOTED -> doubleQuoted(text);
      case LITERAL -> block(text, '|');
      case FOLDED -> block(text, '>');
    };
  }

  /** Plain text may not hold {@code ": "}, {@code " #"} or start with an indicator; it folds at spaces. */
  private String plain(String text) {
    String safe = "x" + text.replace(':', ';').replace('#', '+').replace('\t', ' ');
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < safe.length(); i++) {
      char c = safe.charAt(i);
      if (c == '\n') {
        out.append("\n\n").append(INDENT);
      } else if (c == ' ' && random.nextInt(4) == 0) {
        out.append('\n').append(INDENT);
      } else {
        out.append(c);
      }
    }
    return out.toString();
  }

  private String singleQuoted(String text) {
    StringBuilder out = new StringBuilder("'");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\'') {
        out.append("''");
      } else if (c == '\n') {
        out.append(random.nextBoolean() ? "\\n" : "\n\n" + INDENT);
      } else if (c == ' ' && random.nextInt(4) == 0) {
        out.append('\n').append(INDENT);
      } else {
        out.append(c);
      }
    }
    return out.append('\'').toString();
  }

  private String doubleQuoted(String text) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      int roll = random.nextInt(8);
      if (roll == 0) {
        out.append("\\\n").append(INDENT); // an escaped line break: produces nothing
      }
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append(roll < 4 ? "\\n" : "\n\n" + INDENT);
        case '\t' -> out.append(roll < 4 ? "\\t" : "\t");
        case ' ' -> out.append(roll == 1 ? "\n" + INDENT : roll == 2 ? "\\ " : " ");
        case '/' -> out.append(roll < 4 ? "\\/" : "/");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < text.length()) {
            int codePoint = text.codePointAt(i);
            out.append(roll < 4 ? String.format("\\U%08X", codePoint) : text.substring(i, i + 2));
            i++;
          } else if (c > 0x7f && roll < 4) {
            out.append(String.format("\\u%04x", (int) c));
          } else if (c < 0x7f && Character.isLetter(c) && roll == 3) {
            out.append(String.format("\\x%02X", (int) c));
          } else {
            out.append(c);
          }
        }
      }
      if (roll == 7 && random.nextInt(4) == 0) {
        out.append("\\_\\N\\0"); // more escapes, for the map's sake
      }
    }
    return out.append('"').toString();
  }

  /** A literal or folded block with the chomping that keeps the text's trailing line breaks. */
  private String block(String text, char indicator) {
    int trailing = 0;
    while (trailing < text.length() && text.charAt(text.length() - 1 - trailing) == '\n') {
      trailing++;
    }
    String chomping = trailing == 0 ? "-" : trailing == 1 ? (random.nextBoolean() ? "" : "+") : "+";
    String[] lines = text.substring(0, text.length() - trailing).split("\n", -1);
    boolean needsIndicator = !lines[0].isEmpty() && (lines[0].charAt(0) == ' ' || lines[0].charAt(0) == '\t')
        || lines[0].isBlank();
    String indentation = needsIndicator || random.nextInt(4) == 0 ? "2" : "";
    StringBuilder out = new StringBuilder().append(indicator);
    out.append(random.nextBoolean() ? chomping + indentation : indentation + chomping);
    if (random.nextInt(5) == 0) {
      out.append(" # a comment");
    }
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      out.append('\n');
      if (indicator == '>' && i > 0 && random.nextBoolean()) {
        out.append('\n'); // keeps the break; without it the two lines fold into one
      }
      if (!line.isEmpty()) {
        out.append(INDENT).append(line);
      } else if (random.nextBoolean()) {
        out.append(" ".repeat(random.nextInt(3)));
      }
    }
    for (int i = 1; i < trailing; i++) {
      out.append('\n');
    }
    return out.toString();
  }
}
