package dev.agentmd.core.rules;

import dev.agentmd.core.config.Settings;
import dev.agentmd.core.kind.FileKind;
import dev.agentmd.core.schema.KindSchema;
import dev.agentmd.core.schema.SchemaValidator;
import dev.agentmd.core.schema.SchemaViolation;
import dev.agentmd.core.syntax.ParsedFile;
import dev.agentmd.core.text.Span;
import dev.agentmd.core.yaml.YamlMapping;
import dev.agentmd.core.yaml.YamlNode;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/** Everything a rule may look at for one file. Schema validation runs once, on first use. */
public final class RuleContext {

  private final ParsedFile file;
  private final Optional<Path> path;
  private final FileKind kind;
  private final KindSchema schema;
  private final Settings settings;
  private List<SchemaViolation> violations;
  private final Map<Class<?>, Object> memos = new HashMap<>();

  public RuleContext(ParsedFile file, Optional<Path> path, FileKind kind, KindSchema schema, Settings settings) {
    this.file = file;
    this.path = path;
    this.kind = kind;
    this.schema = schema;
    this.settings = settings;
  }

  public ParsedFile file() {
    return file;
  }

  public String text() {
    return file.text();
  }

  /** The file's path as given (for name↔file name checks); empty for unnamed input. */
  public Optional<Path> path() {
    return path;
  }

  public FileKind kind() {
    return kind;
  }

  public KindSchema schema() {
    return schema;
  }

  public Settings settings() {
    return settings;
  }

  public Optional<YamlMapping> root() {
    return file.root();
  }

  /** A top-level frontmatter value, if present. */
  public Optional<YamlNode> value(String key) {
    return file.root().flatMap(root -> root.get(key));
  }

  /** Where to report something about the frontmatter as a whole: its opening fence. */
  public Span frontmatterAnchor() {
    return file.frontmatter().map(f -> f.openingFence()).orElse(Span.empty(0));
  }

  /**
   * Computes something once per file and shares it between the rules that need it (several tool
   * rules judge the same entries; all example rules read the same examples). {@code key} identifies
   * the computation, typically the class that owns it.
   */
  @SuppressWarnings("unchecked")
  public synchronized <T> T memo(Class<?> key, Supplier<T> compute) {
    Object value = memos.get(key);
    if (value == null) {
      value = compute.get();
      memos.put(key, value);
    }
    return (T) value;
  }

  public synchronized List<SchemaViolation> schemaViolations() {
    if (violations == null) {
      violations =
          file.root()
              .map(root -> SchemaValidator.validate(schema, root, frontmatterAnchor()))
              .orElse(List.of());
    }
    return violations;
  }
}
