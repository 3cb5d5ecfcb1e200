package dev.agentmd.core.syntax;

import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.text.Span;
import dev.agentmd.core.yaml.ScalarStyle;
import dev.agentmd.core.yaml.ScalarType;
import dev.agentmd.core.yaml.YamlEntry;
import dev.agentmd.core.yaml.YamlError;
import dev.agentmd.core.yaml.YamlMapping;
import dev.agentmd.core.yaml.YamlNode;
import dev.agentmd.core.yaml.YamlParseResult;
import dev.agentmd.core.yaml.YamlScalar;
import dev.agentmd.core.yaml.YamlTreeBuilder;
import dev.agentmd.core.yaml.YamlUnreadable;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * Reads the frontmatter YAML as Claude Code does, and keeps reading past what it cannot.
 *
 * <p>First the whole block is parsed strictly. If that fails, each top-level entry is parsed on its
 * own: an entry that parses is kept; a one-line value that strict YAML rejects is read as the raw
 * rest of its line, which is what Claude Code does (it quotes such values and parses again), and
 * reported as a portability warning; anything else is a syntax error at its exact place, and the
 * other entries are still read.
 */
final class FrontmatterReader {

  /** The frontmatter mapping as far as it could be read, and what went wrong. */
  record Read(Optional<YamlMapping> root, List<SyntaxProblem> problems) {}

  private static final String CLAUDE_SKIPS =
      "Claude Code cannot read this frontmatter and skips the agent (a plugin agent loads with"
          + " empty metadata).";

  private FrontmatterReader() {}

  /** Real frontmatter is a few KB; past this, YAML parsing time grows faster than the text. */
  static final int MAX_FRONTMATTER_CHARS = 1 << 20;

  static Read read(String text, Span content, Predicate<String> isKnownKey) {
    List<SyntaxProblem> problems = new ArrayList<>();
    if (content.length() > MAX_FRONTMATTER_CHARS) {
      problems.add(
          new SyntaxProblem(
              SyntaxProblem.Kind.YAML_TOO_COMPLEX,
              "The frontmatter is " + content.length() / 1024 + " KB, over agentmd's 1 MB limit, so it"
                  + " was not checked. Frontmatter holds a few settings; move long text into the body.",
              Span.of(content.start(), content.start())));
      return new Read(Optional.empty(), problems);
    }
    YamlParseResult strict =
        YamlTreeBuilder.parse(text.substring(content.start(), content.end()), content.start());
    YamlMapping root;
    if (!strict.failed()) {
      Optional<YamlNode> node = strict.root();
      if (node.isEmpty()
          || node.get() instanceof YamlScalar scalar && scalar.isNull()) {
        root = new YamlMapping(List.of(), false, content);
      } else if (node.get() instanceof YamlMapping mapping) {
        root = mapping;
      } else {
        problems.add(
            new SyntaxProblem(
                SyntaxProblem.Kind.FRONTMATTER_NOT_MAPPING,
                "The frontmatter must be a mapping of `key: value` lines, but this is "
                    + node.get().kindName()
                    + ". "
                    + CLAUDE_SKIPS,
                node.get().span()));
        return new Read(Optional.empty(), problems);
      }
    } else if (strict.error().get().kind() == YamlError.Kind.TOO_COMPLEX) {
      YamlError error = strict.error().get();
      problems.add(new SyntaxProblem(SyntaxProblem.Kind.YAML_TOO_COMPLEX, error.message(), error.span()));
      return new Read(Optional.empty(), problems);
    } else {
      root = readEntryByEntry(text, content, isKnownKey, problems);
    }
    DuplicateKeys.report(text, root, problems);
    return new Read(Optional.of(root), problems);
  }

  private static YamlMapping readEntryByEntry(
      String text, Span content, Predicate<String> isKnownKey, List<SyntaxProblem> problems) {
    EntryScanner.Scan scan =
        EntryScanner.scan(text, Lines.of(text, content.start(), content.end()), isKnownKey);
    for (Lines.Line orphan : scan.orphanLines()) {
      problems.add(
          new SyntaxProblem(
              SyntaxProblem.Kind.YAML_SYNTAX,
              "Expected `key: value` at the start of the frontmatter. " + CLAUDE_SKIPS,
              Span.of(orphan.start(), orphan.contentEnd())));
      break;
    }
    List<YamlEntry> entries = new ArrayList<>();
    String lastKnownKey = null;
    for (EntryScanner.Entry entry : scan.entries()) {
      String key = EntryScanner.unquote(text.substring(entry.start(), entry.keyEnd()).strip());
      if (isKnownKey.test(key)) {
        lastKnownKey = key;
      }
      entries.add(readEntry(text, entry, lastKnownKey == null ? key : lastKnownKey, problems));
    }
    return new YamlMapping(entries, false, content);
  }

  /**
   * Reads one entry on its own.
   *
   * @param owner the known key whose value an unindented line most likely continues
   */
  private static YamlEntry readEntry(
      String text, EntryScanner.Entry entry, String owner, List<SyntaxProblem> problems) {
    YamlParseResult alone = YamlTreeBuilder.parse(text.substring(entry.start(), entry.end()), entry.start());
    if (!alone.failed()
        && alone.root().orElse(null) instanceof YamlMapping mapping
        && mapping.entries().size() == 1) {
      return mapping.entries().get(0);
    }
    YamlScalar key = keyScalar(text, entry);
    int valueStart = skipBlanks(text, entry.keyEnd() + 1, entry.keyLine().contentEnd());
    int valueEnd = trimEnd(text, valueStart, entry.keyLine().contentEnd());
    YamlError error =
        alone.error().orElse(new YamlError(YamlError.Kind.SYNTAX, "expected one `key: value`", key.span()));
    if (error.kind() == YamlError.Kind.SYNTAX
        && !entry.hasStrayLine()
        && entry.isSingleLine(text)
        && valueEnd > valueStart
        && claudeQuotesIt(text.substring(valueStart, valueEnd))) {
      Span valueSpan = Span.of(valueStart, valueEnd);
      String value = valueSpan.textOf(text);
      problems.add(
          new SyntaxProblem(
              SyntaxProblem.Kind.YAML_STRICT_INCOMPATIBLE,
              "Claude Code reads this unquoted value, but strict YAML parsers (GitHub's preview,"
                  + " Codex CLI, Copilot, OpenCode, PyYAML, js-yaml) reject it: "
                  + error.message()
                  + ". Quote it to make the file portable.",
              valueSpan,
              List.of(
                  Fix.replace(
                      "Wrap the value in single quotes (Claude Code reads the same text)",
                      valueSpan,
                      "'" + value.replace("'", "''") + "'",
                      true))));
      return new YamlEntry(key, new YamlScalar(value, ScalarStyle.LENIENT, ScalarType.STRING, valueSpan));
    }
    SyntaxProblem.Kind kind =
        error.kind() == YamlError.Kind.TOO_COMPLEX
            ? SyntaxProblem.Kind.YAML_TOO_COMPLEX
            : SyntaxProblem.Kind.YAML_SYNTAX;
    problems.add(new SyntaxProblem(kind, describe(entry, owner, error), errorSpan(text, entry, error)));
    return new YamlEntry(key, new YamlUnreadable(Span.of(Math.min(valueStart, entry.end()), entry.end())));
  }

  private static String describe(EntryScanner.Entry entry, String owner, YamlError error) {
    if (entry.hasStrayLine()) {
      return "This line is not indented, so YAML cannot read it as part of the value of `"
          + owner
          + "` above. Indent the value's lines, or write it as a block (`"
          + owner
          + ": |` followed by indented lines). "
          + CLAUDE_SKIPS;
    }
    return "YAML syntax error: " + error.message() + ". " + CLAUDE_SKIPS;
  }

  /** For an unindented continuation, the first stray line is the place to fix. */
  private static Span errorSpan(String text, EntryScanner.Entry entry, YamlError error) {
    if (entry.hasStrayLine()) {
      for (Lines.Line line : entry.lines()) {
        if (EntryScanner.classify(text, line) == EntryScanner.LineKind.STRAY) {
          return Span.of(line.start(), line.contentEnd());
        }
      }
    }
    return error.span();
  }

  private static YamlScalar keyScalar(String text, EntryScanner.Entry entry) {
    int start = entry.start();
    int end = trimEnd(text, start, entry.keyEnd());
    return new YamlScalar(
        EntryScanner.unquote(text.substring(start, end)), ScalarStyle.PLAIN, ScalarType.STRING, Span.of(start, end));
  }

  /**
   * Whether Claude Code's fallback reads this one-line value as text. It quotes values that hold
   * {@code ": "} (the documented case, e.g. {@code Context: }) or start with a YAML indicator such as
   * {@code *} and are not already quoted, then parses again. A broken {@code [list} or {@code
   * {map}}, a value already in quotes, or one that merely ends in {@code :} (like {@code
   * Examples:}) fails in Claude Code too, so those stay syntax errors.
   */
  private static boolean claudeQuotesIt(String value) {
    char first = value.charAt(0);
    char last = value.charAt(value.length() - 1);
    if (first == '[' || first == '{' || (value.length() > 1 && (first == '"' || first == '\'') && last == first)) {
      return false;
    }
    return value.contains(": ") || value.contains(":\t") || "*&!%@`|>\"'".indexOf(first) >= 0;
  }

  private static int skipBlanks(String text, int from, int end) {
    int i = from;
    while (i < end && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
      i++;
    }
    return i;
  }

  private static int trimEnd(String text, int start, int end) {
    int i = end;
    while (i > start && (text.charAt(i - 1) == ' ' || text.charAt(i - 1) == '\t')) {
      i--;
    }
    return i;
  }
}
