package dev.agentmd.core.config;

import dev.agentmd.core.config.Settings.RuleLevel;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.RuleCatalog;
import dev.agentmd.core.syntax.DecodedSource;
import dev.agentmd.core.syntax.SyntaxProblem;
import dev.agentmd.core.text.DidYouMean;
import dev.agentmd.core.text.LineMap;
import dev.agentmd.core.text.Span;
import dev.agentmd.core.yaml.YamlEntry;
import dev.agentmd.core.yaml.YamlError;
import dev.agentmd.core.yaml.YamlMapping;
import dev.agentmd.core.yaml.YamlNode;
import dev.agentmd.core.yaml.YamlParseResult;
import dev.agentmd.core.yaml.YamlScalar;
import dev.agentmd.core.yaml.YamlSequence;
import dev.agentmd.core.yaml.YamlTreeBuilder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a {@code .agentmd.yaml} with our own YAML reader, so that every problem is a {@code
 * config/invalid} finding at its exact place and never an exception:
 *
 * <pre>
 * rules:  { &lt;rule-id&gt;: off|hint|info|warning|error }
 * tools:  { extra: [mcp__github__search] }
 * models: { extra: [my-model] }
 * files:  { include: [prompts/*.md], exclude: [drafts] }
 * </pre>
 *
 * <p>Whatever could be read still applies: a bad level skips that rule, a YAML syntax error skips
 * the top-level section it is in, an unknown key is ignored.
 */
public final class ConfigReader {

  private static final List<String> SECTIONS = List.of("rules", "tools", "models", "files");
  private static final String LEVELS = "off, hint, info, warning or error";

  private final Path folder;
  private final Set<String> knownRules;
  private final String text;
  private final List<Finding> problems = new ArrayList<>();
  private final Map<String, RuleLevel> levels = new LinkedHashMap<>();
  private final Set<String> extraTools = new LinkedHashSet<>();
  private final Set<String> extraModels = new LinkedHashSet<>();
  private final List<Glob> include = new ArrayList<>();
  private final List<Glob> exclude = new ArrayList<>();

  private ConfigReader(Path folder, Set<String> knownRules, String text) {
    this.folder = folder;
    this.knownRules = knownRules;
    this.text = text;
  }

  /** Reads the config file {@code file} (absolute) from its bytes; never throws. */
  public static ProjectConfig read(Path file, byte[] bytes) {
    return read(file, bytes, RuleCatalog.all().keySet());
  }

  /** As {@link #read(Path, byte[])}, with the rule ids that {@code rules:} may name. */
  public static ProjectConfig read(Path file, byte[] bytes, Set<String> knownRules) {
    DecodedSource source = DecodedSource.decode(bytes);
    Path absolute = file.toAbsolutePath().normalize();
    ConfigReader reader = new ConfigReader(absolute.getParent(), knownRules, source.text());
    Optional<SyntaxProblem> encoding = source.problem();
    if (encoding.isPresent()) {
      String what = encoding.get().kind() == SyntaxProblem.Kind.BINARY ? "a binary file" : "not valid UTF-8";
      reader.problem(encoding.get().span(), "The config file is " + what + "; save it as UTF-8 text.");
    }
    if (encoding.isEmpty() || encoding.get().kind() != SyntaxProblem.Kind.BINARY) {
      reader.root().ifPresent(reader::readRoot);
    }
    Collections.sort(reader.problems);
    return new ProjectConfig(
        Optional.of(absolute),
        new Settings(reader.levels, reader.extraTools, reader.extraModels),
        reader.include,
        reader.exclude,
        reader.problems,
        new LineMap(reader.text));
  }

  /** The top-level mapping; after a syntax error, each top-level section is read on its own. */
  private Optional<YamlMapping> root() {
    YamlParseResult strict = YamlTreeBuilder.parse(text, 0);
    if (!strict.failed()) {
      return strict.root().flatMap(this::asRoot);
    }
    YamlError error = strict.error().get();
    if (error.kind() == YamlError.Kind.TOO_COMPLEX) {
      problem(error.span(), error.message());
      return Optional.empty();
    }
    List<YamlEntry> entries = new ArrayList<>();
    int before = problems.size();
    for (Span section : topLevelSections()) {
      YamlParseResult one = YamlTreeBuilder.parse(section.textOf(text), section.start());
      if (one.failed()) {
        problem(one.error().get().span(), "YAML syntax error: " + one.error().get().message() + ". This section is ignored.");
      } else {
        one.root().flatMap(this::asRoot).ifPresent(mapping -> entries.addAll(mapping.entries()));
      }
    }
    if (problems.size() == before) {
      problem(error.span(), "YAML syntax error: " + error.message() + ".");
    }
    return Optional.of(new YamlMapping(entries, false, Span.of(0, text.length())));
  }

  private Optional<YamlMapping> asRoot(YamlNode node) {
    if (node instanceof YamlMapping mapping) {
      return Optional.of(mapping);
    }
    if (!(node instanceof YamlScalar scalar && scalar.isNull())) {
      problem(node.span(), "The config must be a mapping with the keys `rules`, `tools`, `models` and `files`, not " + node.kindName() + ".");
    }
    return Optional.empty();
  }

  /** Spans of top-level sections: from a line that starts at column 0 to the next such line. */
  private List<Span> topLevelSections() {
    List<Span> sections = new ArrayList<>();
    LineMap lines = new LineMap(text);
    int start = -1;
    for (int line = 0; line < lines.lineCount(); line++) {
      int offset = lines.lineStart(line);
      boolean opens =
          offset < text.length() && " \t\r\n#-]}".indexOf(text.charAt(offset)) < 0;
      if (opens) {
        if (start >= 0) {
          sections.add(Span.of(start, offset));
        }
        start = offset;
      }
    }
    if (start >= 0) {
      sections.add(Span.of(start, text.length()));
    }
    return sections;
  }

  private void readRoot(YamlMapping root) {
    Set<String> seen = new HashSet<>();
    for (YamlEntry entry : root.entries()) {
      Optional<String> key = key(entry, seen);
      if (key.isEmpty()) {
        continue;
      }
      YamlNode value = entry.value();
      switch (key.get()) {
        case "rules" -> readRules(value);
        case "tools" -> extraTools.addAll(strings(section(value, "tools", List.of("extra")).get("extra"), "tools.extra"));
        case "models" -> extraModels.addAll(strings(section(value, "models", List.of("extra")).get("extra"), "models.extra"));
        case "files" -> {
          Map<String, YamlNode> files = section(value, "files", List.of("include", "exclude"));
          readGlobs(files.get("include"), "files.include", include);
          readGlobs(files.get("exclude"), "files.exclude", exclude);
        }
        default -> unknownKey(entry.key(), key.get(), "", SECTIONS);
      }
    }
  }

  private void readRules(YamlNode value) {
    if (isEmpty(value)) {
      return;
    }
    if (!(value instanceof YamlMapping rules)) {
      problem(value.span(), "`rules` must be a mapping of rule id to level, such as `schema/unknown-key: off`, not " + value.kindName() + ".");
      return;
    }
    Set<String> seen = new HashSet<>();
    for (YamlEntry entry : rules.entries()) {
      Optional<String> id = key(entry, seen);
      if (id.isEmpty()) {
        continue;
      }
      if (!knownRules.contains(id.get())) {
        Optional<String> near = DidYouMean.nearest(id.get(), knownRules);
        problem(
            entry.key().span(),
            "Unknown rule `" + id.get() + "`" + near.map(n -> "; did you mean `" + n + "`?").orElse(".")
                + " `agentmd check --list-rules` lists every rule.",
            near.map(n -> List.of(Fix.replace("Change to `" + n + "`", entry.key().span(), n, false))).orElse(List.of()));
        continue;
      }
      Optional<RuleLevel> level =
          entry.value() instanceof YamlScalar scalar && !scalar.isNull() ? RuleLevel.parse(scalar.value()) : Optional.empty();
      if (level.isEmpty()) {
        String got = entry.value() instanceof YamlScalar scalar && !scalar.isNull() ? "`" + scalar.value() + "`" : entry.value().kindName();
        Span at = isEmpty(entry.value()) ? entry.key().span() : entry.value().span();
        problem(at, "The level of `" + id.get() + "` must be " + LEVELS + ", not " + got + ".");
        continue;
      }
      levels.put(id.get(), level.get());
    }
  }

  /** A mapping section's entries by key; unknown and repeated keys are reported and left out. */
  private Map<String, YamlNode> section(YamlNode value, String name, List<String> keys) {
    Map<String, YamlNode> found = new LinkedHashMap<>();
    if (isEmpty(value)) {
      return found;
    }
    if (!(value instanceof YamlMapping mapping)) {
      problem(value.span(), "`" + name + "` must be a mapping with " + keyList(keys) + ", not " + value.kindName() + ".");
      return found;
    }
    Set<String> seen = new HashSet<>();
    for (YamlEntry entry : mapping.entries()) {
      key(entry, seen).ifPresent(key -> {
        if (keys.contains(key)) {
          found.put(key, entry.value());
        } else {
          unknownKey(entry.key(), key, name + ".", keys);
        }
      });
    }
    return found;
  }

  private List<String> strings(YamlNode value, String name) {
    List<String> out = new ArrayList<>();
    if (value == null || isEmpty(value)) {
      return out;
    }
    if (!(value instanceof YamlSequence sequence)) {
      problem(value.span(), "`" + name + "` must be a list, such as `[a, b]` or one `- item` per line, not " + value.kindName() + ".");
      return out;
    }
    for (YamlNode item : sequence.items()) {
      if (item instanceof YamlScalar scalar && scalar.isString() && !scalar.value().isBlank()) {
        out.add(scalar.value());
      } else {
        problem(item.span(), "Each entry of `" + name + "` must be a non-empty text, not " + item.kindName() + ".");
      }
    }
    return out;
  }

  private void readGlobs(YamlNode value, String name, List<Glob> into) {
    if (value == null || isEmpty(value)) {
      return;
    }
    List<String> globs = strings(value, name);
    if (!(value instanceof YamlSequence sequence)) {
      return;
    }
    int index = 0;
    for (YamlNode item : sequence.items()) {
      if (!(item instanceof YamlScalar scalar) || !scalar.isString() || scalar.value().isBlank()) {
        continue;
      }
      String glob = globs.get(index++);
      try {
        into.add(Glob.inFolder(glob, folder));
      } catch (IllegalArgumentException e) {
        problem(scalar.span(), "`" + glob + "` is not a valid glob: " + e.getMessage() + ".");
      }
    }
  }

  /** A mapping key's text; a key that is not text, or repeats, is reported and gives empty. */
  private Optional<String> key(YamlEntry entry, Set<String> seen) {
    if (!(entry.key() instanceof YamlScalar scalar) || scalar.isNull()) {
      problem(entry.key().span(), "A key must be a name, not " + entry.key().kindName() + ".");
      return Optional.empty();
    }
    if (!seen.add(scalar.value())) {
      problem(scalar.span(), "`" + scalar.value() + "` appears twice in this mapping; only the first is used.");
      return Optional.empty();
    }
    return Optional.of(scalar.value());
  }

  private void unknownKey(YamlNode key, String text, String prefix, List<String> known) {
    Optional<String> near = DidYouMean.nearest(text, known);
    problem(
        key.span(),
        "Unknown key `" + prefix + text + "`; it is ignored. "
            + near.map(n -> "Did you mean `" + n + "`?").orElse("Known keys: " + keyList(known) + "."),
        near.map(n -> List.of(Fix.replace("Change to `" + n + "`", key.span(), n, false))).orElse(List.of()));
  }

  private static boolean isEmpty(YamlNode node) {
    return node instanceof YamlScalar scalar && scalar.isNull();
  }

  private static String keyList(List<String> keys) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < keys.size(); i++) {
      out.append(i == 0 ? "" : i == keys.size() - 1 ? " and " : ", ").append('`').append(keys.get(i)).append('`');
    }
    return out.toString();
  }

  private void problem(Span span, String message) {
    problem(span, message, List.of());
  }

  private void problem(Span span, String message, List<Fix> fixes) {
    problems.add(new Finding(ProjectConfig.INVALID, Severity.ERROR, message, span, fixes));
  }
}
