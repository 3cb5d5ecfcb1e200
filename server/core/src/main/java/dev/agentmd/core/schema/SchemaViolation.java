package dev.agentmd.core.schema;

import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.text.Span;
import java.util.List;
import java.util.Optional;

/**
 * One way a frontmatter value breaks its schema, located at the exact YAML node. {@code severity}
 * is present when the schema sets one ({@code x-severity}); otherwise the rule's default applies.
 * {@code path} is where in the frontmatter, like {@code hooks.PreToolUse[0].matcher}; for a missing
 * key it is the key's path.
 */
public record SchemaViolation(
    Kind kind, String path, String message, Span span, Optional<Severity> severity, List<Fix> fixes) {

  public SchemaViolation {
    fixes = List.copyOf(fixes);
  }

  /** The groups of schema keywords; each is one rule. */
  public enum Kind {
    /** {@code required}. */
    REQUIRED,
    /** {@code type}, and {@code anyOf}/{@code oneOf} where no branch has the value's type. */
    TYPE,
    /** {@code minLength: 1} or {@code minItems: 1} on an empty value. */
    EMPTY,
    /** {@code enum} and {@code const}, including {@code propertyNames}. */
    ENUM,
    /** {@code pattern} and {@code not}. */
    PATTERN,
    /** {@code minimum}, {@code maximum}, lengths and item counts. */
    RANGE,
    /** {@code additionalProperties: false}. */
    UNKNOWN_KEY,
    /** Other structure: property counts, branches that all fail for other reasons. */
    SHAPE
  }
}
