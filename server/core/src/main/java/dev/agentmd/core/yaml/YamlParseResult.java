package dev.agentmd.core.yaml;

import java.util.Optional;

/**
 * What one parse produced: the root node (absent for an empty stream or a failure) or the first
 * error.
 */
public record YamlParseResult(Optional<YamlNode> root, Optional<YamlError> error) {

  public static YamlParseResult success(YamlNode root) {
    return new YamlParseResult(Optional.ofNullable(root), Optional.empty());
  }

  public static YamlParseResult failure(YamlError error) {
    return new YamlParseResult(Optional.empty(), Optional.of(error));
  }

  public boolean failed() {
    return error.isPresent();
  }
}
