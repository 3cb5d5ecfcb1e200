package dev.agentmd.core.syntax;

import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.text.Span;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds the frontmatter block: {@code ---} on the first line, up to the next line that is exactly
 * {@code ---} (trailing spaces tolerated), as Claude Code and Anthropic's validator read it.
 */
final class FrontmatterLocator {

  private static final Pattern DASH_RULE = Pattern.compile("-{4,}");

  /** Where the frontmatter and body are, and what is wrong with the fences. */
  record Located(Optional<Frontmatter> frontmatter, Span body, Optional<SyntaxProblem> problem) {}

  private FrontmatterLocator() {}

  static Located locate(String text) {
    int start = text.startsWith("\uFEFF") ? 1 : 0;
    Lines.Line first = Lines.at(text, start);
    if (first.isBlank(text)) {
      Optional<Located> late = fenceAfterBlankLines(text, start);
      if (late.isPresent()) {
        return late.get();
      }
    }
    if (!first.trimmedEnd(text).equals("---")) {
      return new Located(
          Optional.empty(),
          Span.of(start, text.length()),
          Optional.of(
              new SyntaxProblem(
                  SyntaxProblem.Kind.FRONTMATTER_MISSING,
                  "No frontmatter: the file must start with a `---` line, then YAML with at least"
                      + " `name` and `description`, then `---`. Claude Code skips it.",
                  Span.of(first.start(), first.contentEnd()))));
    }
    Span opening = Span.of(first.start(), first.contentEnd());
    // Walk line by line: the body can be megabytes and is not needed to find the fence.
    for (Lines.Line line = Lines.at(text, first.next());
        line.start() < text.length();
        line = Lines.at(text, line.next())) {
      if (line.trimmedEnd(text).equals("---")) {
        return new Located(
            Optional.of(
                new Frontmatter(
                    opening,
                    Span.of(first.next(), line.start()),
                    Optional.of(Span.of(line.start(), line.contentEnd())))),
            Span.of(line.next(), text.length()),
            Optional.empty());
      }
    }
    return unclosed(text, opening, first.next(), Lines.of(text, first.next(), text.length()));
  }

  /**
   * Blank lines before {@code ---}: Claude Code sees no frontmatter. Report that precisely, with a
   * fix, and read the block anyway so its other problems show too.
   */
  private static Optional<Located> fenceAfterBlankLines(String text, int start) {
    int offset = start;
    Lines.Line line = Lines.at(text, offset);
    while (line.isBlank(text) && line.next() > line.start()) {
      offset = line.next();
      line = Lines.at(text, offset);
    }
    if (!line.trimmedEnd(text).equals("---") || offset == start) {
      return Optional.empty();
    }
    Located rest = locate(text.substring(0, start) + text.substring(offset), offset - start);
    SyntaxProblem problem =
        new SyntaxProblem(
            SyntaxProblem.Kind.FRONTMATTER_MISSING,
            "The `---` that opens the frontmatter must be on the first line; after blank lines Claude"
                + " Code does not see any frontmatter and skips the agent.",
            Span.of(start, offset),
            List.of(Fix.replace("Remove the blank lines before `---`", Span.of(start, offset), "", true)));
    return Optional.of(new Located(rest.frontmatter(), rest.body(), Optional.of(problem)));
  }

  /** Locates in {@code text} with the leading blank lines cut, then shifts spans back. */
  private static Located locate(String cut, int shift) {
    Located located = locate(cut);
    return new Located(
        located.frontmatter().map(f -> new Frontmatter(
            f.openingFence().shift(shift), f.content().shift(shift), f.closingFence().map(s -> s.shift(shift)))),
        located.body().shift(shift),
        located.problem());
  }

  private static Located unclosed(
      String text, Span opening, int contentStart, List<Lines.Line> rest) {
    for (Lines.Line line : rest) {
      if (DASH_RULE.matcher(line.trimmedEnd(text)).matches()) {
        Span rule = Span.of(line.start(), line.contentEnd());
        return new Located(
            Optional.of(new Frontmatter(opening, Span.of(contentStart, line.start()), Optional.empty())),
            Span.of(line.next(), text.length()),
            Optional.of(
                new SyntaxProblem(
                    SyntaxProblem.Kind.FRONTMATTER_UNCLOSED,
                    "The frontmatter is never closed: the line of "
                        + rule.length()
                        + " dashes meant to close it must be exactly `---`. Claude Code does not"
                        + " read this frontmatter.",
                    opening,
                    List.of(Fix.replace("Replace the dash line with `---`", rule, "---", true)))));
      }
    }
    int end = endOfYamlLikeLines(text, rest);
    return new Located(
        Optional.of(new Frontmatter(opening, Span.of(contentStart, end), Optional.empty())),
        Span.of(end, text.length()),
        Optional.of(
            new SyntaxProblem(
                SyntaxProblem.Kind.FRONTMATTER_UNCLOSED,
                "The frontmatter opened here is never closed with a `---` line, so Claude Code does"
                    + " not read it. The rest of this report reads it as ending where the YAML stops.",
                opening,
                List.of(
                    Fix.replace(
                        "Close the frontmatter with `---`",
                        Span.empty(end),
                        "---" + (text.contains("\r\n") ? "\r\n" : "\n"),
                        false)))));
  }

  /**
   * Where an unclosed frontmatter most plausibly ends: before the first line that cannot continue
   * a YAML mapping (prose at column 0), with blank lines before it left to the body.
   */
  private static int endOfYamlLikeLines(String text, List<Lines.Line> rest) {
    int lastYamlEnd = rest.isEmpty() ? text.length() : rest.get(0).start();
    for (Lines.Line line : rest) {
      if (line.isBlank(text)) {
        continue;
      }
      if (EntryScanner.classify(text, line) == EntryScanner.LineKind.STRAY) {
        return lastYamlEnd;
      }
      lastYamlEnd = line.next();
    }
    return text.length();
  }
}
