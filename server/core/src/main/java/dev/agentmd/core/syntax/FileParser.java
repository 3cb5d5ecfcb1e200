package dev.agentmd.core.syntax;

import dev.agentmd.core.text.LineMap;
import dev.agentmd.core.text.Span;
import dev.agentmd.core.yaml.YamlMapping;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/** Reads a markdown file with YAML frontmatter into a {@link ParsedFile}. Never throws. */
public final class FileParser {

  private FileParser() {}

  /**
   * Parses decoded text.
   *
   * @param isKnownKey the file kind's top-level keys; only used to recover from unindented
   *     continuation lines, never to decide what is valid
   */
  public static ParsedFile parse(String text, Predicate<String> isKnownKey) {
    return parse(text, isKnownKey, List.of());
  }

  /** Parses bytes: decodes them first, and a binary file yields one problem and nothing else. */
  public static ParsedFile parse(byte[] bytes, Predicate<String> isKnownKey) {
    DecodedSource source = DecodedSource.decode(bytes);
    if (source.problem().filter(p -> p.kind() == SyntaxProblem.Kind.BINARY).isPresent()) {
      return new ParsedFile(
          "", new LineMap(""), Optional.empty(), Optional.empty(), Span.empty(0), List.of(source.problem().get()));
    }
    return parse(source.text(), isKnownKey, source.problem().stream().toList());
  }

  private static ParsedFile parse(String text, Predicate<String> isKnownKey, List<SyntaxProblem> earlier) {
    List<SyntaxProblem> problems = new ArrayList<>(earlier);
    FrontmatterLocator.Located located = FrontmatterLocator.locate(text);
    located.problem().ifPresent(problems::add);
    Optional<YamlMapping> root = Optional.empty();
    if (located.frontmatter().isPresent()) {
      FrontmatterReader.Read read =
          FrontmatterReader.read(text, located.frontmatter().get().content(), isKnownKey);
      problems.addAll(read.problems());
      root = read.root();
    }
    return new ParsedFile(text, new LineMap(text), located.frontmatter(), root, located.body(), problems);
  }
}
