package dev.agentmd.core.examples;

import dev.agentmd.core.syntax.ParsedFile;
import dev.agentmd.core.yaml.YamlScalar;
import java.util.List;
import java.util.Optional;

/**
 * The {@code <example>} blocks of an agent's {@code description}, as data: each block's source
 * range and parts (for document symbols and folding ranges), the problems found in them (for the
 * {@code example/*} rules), and the logical text they were read from.
 *
 * <p>Only the description is read, never the body: a body may show {@code <example>} in code.
 *
 * @param description the {@code description} scalar
 * @param text the description as the model reads it, with a map back to the source
 * @param blocks the example blocks in source order
 * @param problems structure problems, in source order
 */
public record DescriptionExamples(
    YamlScalar description, LogicalText text, List<ExampleBlock> blocks, List<ExampleProblem> problems) {

  public DescriptionExamples {
    blocks = List.copyOf(blocks);
    problems = List.copyOf(problems);
  }

  /**
   * The examples of {@code file}'s description; empty when there is no text description or it has
   * no {@code <} at all (nothing to read, and nothing to pay for).
   */
  public static Optional<DescriptionExamples> of(ParsedFile file) {
    if (!(file.root().flatMap(root -> root.get("description")).orElse(null) instanceof YamlScalar scalar)
        || !scalar.isString()
        || scalar.value().indexOf('<') < 0) {
      return Optional.empty();
    }
    return Optional.of(of(file.text(), scalar));
  }

  /** The examples of a description scalar in {@code document}. */
  public static DescriptionExamples of(String document, YamlScalar description) {
    LogicalText text = LogicalText.of(document, description);
    ExampleParser.Result result = ExampleParser.parse(text);
    return new DescriptionExamples(description, text, result.blocks(), result.problems());
  }

  public List<ExampleProblem> problems(ExampleProblem.Kind kind) {
    return problems.stream().filter(problem -> problem.kind() == kind).toList();
  }
}
