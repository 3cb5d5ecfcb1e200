package dev.agentmd.core.syntax;

import dev.agentmd.core.text.LineMap;
import dev.agentmd.core.text.Span;
import dev.agentmd.core.yaml.YamlMapping;
import java.util.List;
import java.util.Optional;

/**
 * A markdown file with YAML frontmatter, read the way Claude Code reads it. Reading never fails:
 * whatever could not be read is a {@link SyntaxProblem}, and everything else is still here.
 *
 * @param text the decoded text (without a byte order mark)
 * @param frontmatter where the frontmatter block is, if the file has one
 * @param root the frontmatter mapping as far as it could be read; empty when there is no
 *     frontmatter or it is not a mapping
 * @param body the markdown after the frontmatter (the agent's system prompt)
 */
public record ParsedFile(
    String text,
    LineMap lines,
    Optional<Frontmatter> frontmatter,
    Optional<YamlMapping> root,
    Span body,
    List<SyntaxProblem> problems) {

  public ParsedFile {
    problems = List.copyOf(problems);
  }

  public boolean hasProblem(SyntaxProblem.Kind kind) {
    return problems.stream().anyMatch(p -> p.kind() == kind);
  }
}
