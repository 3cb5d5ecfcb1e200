package dev.agentmd.core.finding;

import java.util.Locale;
import java.util.Optional;

/** How serious a finding is; settings can also turn a rule {@code off}. */
public enum Severity {
  ERROR,
  WARNING,
  INFO,
  HINT;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code error|warning|info|hint}; {@code off} and anything else give empty. */
  public static Optional<Severity> parse(String text) {
    if (text == null) {
      return Optional.empty();
    }
    return switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "error" -> Optional.of(ERROR);
      case "warning", "warn" -> Optional.of(WARNING);
      case "info", "information" -> Optional.of(INFO);
      case "hint" -> Optional.of(HINT);
      default -> Optional.empty();
    };
  }
}
