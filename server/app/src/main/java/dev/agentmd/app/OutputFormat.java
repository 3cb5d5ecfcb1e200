package dev.agentmd.app;

import java.util.Optional;

/** The {@code --format} values. */
enum OutputFormat {
  TEXT("text"),
  JSON("json"),
  SARIF("sarif"),
  GITHUB("github");

  private final String id;

  OutputFormat(String id) {
    this.id = id;
  }

  String id() {
    return id;
  }

  static Optional<OutputFormat> fromId(String id) {
    for (OutputFormat format : values()) {
      if (format.id.equals(id)) {
        return Optional.of(format);
      }
    }
    return Optional.empty();
  }
}
