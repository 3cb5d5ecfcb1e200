package dev.agentmd.core.rules.example;

import dev.agentmd.core.examples.DescriptionExamples;
import dev.agentmd.core.rules.RuleContext;
import dev.agentmd.core.syntax.ParsedFile;
import dev.agentmd.core.syntax.SyntaxProblem;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The examples of the file under analysis, read once for all example rules (kept in the file's
 * {@link RuleContext#memo}).
 *
 * <p>Two kinds of file get no example findings, because their description is cut short and every
 * example finding would follow from one reading error that other rules report: a frontmatter with
 * a YAML syntax error (Claude Code skips the file), and one where example lines at column 0 after a
 * one-line description were read as keys of their own ({@code user:}, {@code assistant:}).
 */
final class ExampleFacts {

  private static final Set<String> SPEAKER_KEYS = Set.of("user", "assistant", "context");

  private ExampleFacts() {}

  /** The file's examples, read once per file for all example rules. */
  static Optional<DescriptionExamples> of(RuleContext context) {
    return context.memo(ExampleFacts.class, () -> read(context.file()));
  }

  private static Optional<DescriptionExamples> read(ParsedFile file) {
    return file.hasProblem(SyntaxProblem.Kind.YAML_SYNTAX) || spilled(file)
        ? Optional.empty()
        : DescriptionExamples.of(file);
  }

  /** True when a speaker label became a top-level key: the description's examples spilled out of it. */
  private static boolean spilled(ParsedFile file) {
    return file.root().stream()
        .flatMap(root -> root.entries().stream())
        .flatMap(entry -> entry.keyText().stream())
        .anyMatch(key -> SPEAKER_KEYS.contains(key.toLowerCase(Locale.ROOT)));
  }
}
