package dev.agentmd.core.yaml;

/**
 * Writes a string as YAML scalar source, for fixes that replace a value. A fix keeps the style the
 * user chose where it can: a quoted value stays quoted the same way, a plain value stays plain
 * unless the new text would then read as something else.
 */
public final class YamlQuoting {

  private YamlQuoting() {}

  /** {@code value} written the way {@code original} was written, as far as that stays correct. */
  public static String like(YamlScalar original, String value) {
    return switch (original.style()) {
      case SINGLE_QUOTED -> singleQuoted(value);
      case DOUBLE_QUOTED -> doubleQuoted(value);
      default -> isSafePlain(value) ? value : singleQuoted(value);
    };
  }

  /** {@code 'text'}, with each quote doubled; YAML reads every other char literally. */
  public static String singleQuoted(String value) {
    return "'" + value.replace("'", "''") + "'";
  }

  /** {@code "text"}, with backslashes, quotes and control chars escaped. */
  public static String doubleQuoted(String value) {
    StringBuilder out = new StringBuilder(value.length() + 2).append('"');
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        case '\r' -> out.append("\\r");
        default -> {
          if (c < 0x20 || c == 0x7f) {
            out.append(String.format("\\x%02x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }

  /**
   * True when {@code value} written without quotes as a block mapping value reads back as the same
   * string: no leading indicator, no {@code ": "} or {@code " #"}, no surrounding blanks, no line
   * breaks, and not a number, boolean or null.
   */
  public static boolean isSafePlain(String value) {
    if (value.isEmpty() || value.isBlank() || !value.strip().equals(value)) {
      return false;
    }
    char first = value.charAt(0);
    if ("-?:,[]{}#&*!|>'\"%@`".indexOf(first) >= 0) {
      return false;
    }
    if (value.contains(": ") || value.contains(" #") || value.endsWith(":")) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c == 0x7f) {
        return false;
      }
    }
    return YamlTreeBuilder.resolvePlain(value) == ScalarType.STRING;
  }
}
