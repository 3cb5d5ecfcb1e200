package dev.agentmd.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.agentmd.core.analysis.AgentAnalyzer;
import dev.agentmd.core.analysis.SourceDocument;
import dev.agentmd.core.config.Settings;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.kind.FileKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps every registered rule presentable: a stable id, a one-sentence summary that is also its
 * doc comment, and a page under {@code docs/rules/} whose bad example the rule reports and whose
 * good example is clean. The page shape is described in {@code docs/rules/README.md}.
 */
class RuleCatalogTidyTest {

  private static final Pattern ID = Pattern.compile("^[a-z]+/[a-z]+(-[a-z]+)*$");
  private static final Path EXAMPLE_PATH = Path.of(".claude/agents/code-reviewer.md");
  private static final AgentAnalyzer ANALYZER = AgentAnalyzer.create();
  private static final Path REPO = repoRoot();
  private static final Path DOCS = REPO.resolve("docs/rules");
  private static final Path SOURCES = REPO.resolve("server/core/src/main/java");

  /** What may stand between a doc comment and its class: annotations and modifiers. */
  private static final Pattern MODIFIERS =
      Pattern.compile(
          "@\\w+(\\([^)]*\\))?"
              + "|\\b(public|protected|private|abstract|final|sealed|non-sealed|static)\\b");

  /** One container per rule, so each rule's problems show up under its id. */
  @TestFactory
  Stream<DynamicNode> everyRegisteredRule() {
    return RuleCatalog.all().values().stream()
        .map(rule -> dynamicContainer(rule.id(), checksOf(rule)));
  }

  private static Stream<DynamicNode> checksOf(Rule rule) {
    return Stream.of(
        dynamicTest("has a kebab-case id of the form group/name", () -> idIsWellFormed(rule)),
        dynamicTest("has a summary that ends with a period", () -> summaryIsASentence(rule)),
        dynamicTest(
            "has a doc comment whose first sentence is its summary",
            () -> docCommentIsSummary(rule)),
        dynamicTest(
            "has a page with its title, summary, severity, Bad and Good", () -> page(rule)),
        dynamicTest("reports the Bad example of its page", () -> badExampleIsReported(rule)),
        dynamicTest(
            "finds nothing at all in the Good example of its page",
            () -> goodExampleIsClean(rule)),
        dynamicTest(
            "is listed in the rules index with its severity and summary", () -> isIndexed(rule)));
  }

  @Test
  void noTwoRulesShareAnId() {
    Map<String, Class<?>> classById = new HashMap<>();
    for (FileKind kind : FileKind.values()) {
      List<String> ids = new ArrayList<>();
      for (Rule rule : RuleCatalog.forKind(kind)) {
        assertFalse(
            ids.contains(rule.id()), "two rules of " + kind.id() + " share the id " + rule.id());
        ids.add(rule.id());
        Class<?> earlier = classById.putIfAbsent(rule.id(), rule.getClass());
        if (earlier != null && earlier != rule.getClass()) {
          fail(earlier.getName() + " and " + rule.getClass().getName() + " share the id " + rule.id());
        }
      }
    }
  }

  @Test
  void everyPageUnderDocsRulesBelongsToARegisteredRule() throws IOException {
    List<String> orphans;
    try (Stream<Path> files = Files.walk(DOCS)) {
      orphans =
          files
              .filter(file -> file.toString().endsWith(".md"))
              .filter(file -> !file.equals(DOCS.resolve("README.md")))
              .map(file -> DOCS.relativize(file).toString().replace('\\', '/'))
              .map(name -> name.substring(0, name.length() - ".md".length()))
              .filter(id -> !RuleCatalog.all().containsKey(id))
              .sorted()
              .toList();
    }
    assertEquals(List.of(), orphans, "pages under docs/rules without a registered rule");
  }

  private static void idIsWellFormed(Rule rule) {
    assertTrue(ID.matcher(rule.id()).matches(), rule.id() + " does not match " + ID.pattern());
  }

  private static void summaryIsASentence(Rule rule) {
    String summary = rule.summary();
    assertTrue(summary != null && !summary.isBlank(), rule.id() + " has no summary");
    assertTrue(
        summary.endsWith("."), "the summary of " + rule.id() + " must end with a period: " + summary);
  }

  private static void docCommentIsSummary(Rule rule) throws IOException {
    Class<?> type = rule.getClass();
    while (type.getEnclosingClass() != null) {
      type = type.getEnclosingClass();
    }
    Path source = SOURCES.resolve(type.getName().replace('.', '/') + ".java");
    assertTrue(Files.isRegularFile(source), "no source file " + source + " for " + rule.id());
    String comment =
        classDocComment(Files.readString(source), rule.getClass().getSimpleName())
            .orElseGet(() -> fail(rule.getClass().getSimpleName() + " has no doc comment"));
    assertEquals(
        rule.summary(),
        firstSentence(comment),
        "first sentence of the doc comment of " + source.getFileName());
  }

  private static void page(Rule rule) {
    Page page = Page.read(rule);
    assertEquals("# " + rule.id(), page.title(), "the first line of " + page.file());
    assertEquals(rule.summary(), page.summary(), "the paragraph after the title of " + page.file());
    assertTrue(
        page.lines().contains("**Default severity:** " + rule.defaultSeverity().id()),
        page.file() + " needs the line: **Default severity:** " + rule.defaultSeverity().id());
    page.example("Bad");
    page.example("Good");
  }

  private static void badExampleIsReported(Rule rule) {
    String text = Page.read(rule).example("Bad").markdownOrSkip();
    List<Finding> findings = analyze(text);
    assertTrue(
        findings.stream().anyMatch(f -> f.ruleId().equals(rule.id())),
        "the Bad example of " + rule.id() + " gives no finding of its rule; it gives: " + findings);
  }

  private static void goodExampleIsClean(Rule rule) {
    String text = Page.read(rule).example("Good").markdownOrSkip();
    assertEquals(List.of(), analyze(text), "findings in the Good example of " + rule.id());
  }

  private static void isIndexed(Rule rule) throws IOException {
    String link = "[" + rule.id() + "](" + rule.id() + ".md)";
    String expected =
        "| " + link + " | " + rule.defaultSeverity().id() + " | " + rule.summary() + " |";
    Optional<String> row =
        Files.readAllLines(DOCS.resolve("README.md"), StandardCharsets.UTF_8).stream()
            .filter(line -> line.startsWith("| " + link + " |"))
            .findFirst();
    assertTrue(
        row.isPresent(), "docs/rules/README.md has no row for " + rule.id() + "; add:\n" + expected);
    assertEquals(expected, row.get().strip(), "the row of " + rule.id() + " in docs/rules/README.md");
  }

  private static List<Finding> analyze(String text) {
    return ANALYZER
        .analyze(SourceDocument.ofText(EXAMPLE_PATH, text), FileKind.CLAUDE_AGENT, Settings.DEFAULTS)
        .findings();
  }

  /** The doc comment right before the declaration of {@code simpleName}, without its markers. */
  static Optional<String> classDocComment(String source, String simpleName) {
    Matcher declaration =
        Pattern.compile("\\b(class|interface|enum|record)\\s+" + Pattern.quote(simpleName) + "\\b")
            .matcher(source);
    if (!declaration.find()) {
      return Optional.empty();
    }
    int end = source.lastIndexOf("*/", declaration.start());
    int start = source.lastIndexOf("/**", declaration.start());
    if (start < 0 || end < start) {
      return Optional.empty();
    }
    String between = source.substring(end + 2, declaration.start());
    if (!MODIFIERS.matcher(between).replaceAll("").isBlank()) {
      return Optional.empty();
    }
    StringBuilder text = new StringBuilder();
    for (String line : source.substring(start + 3, end).split("\n")) {
      text.append(line.replaceFirst("^\\s*\\*?\\s?", "")).append('\n');
    }
    return Optional.of(text.toString());
  }

  /**
   * The first sentence as Javadoc takes it: up to the first period followed by white space, or up
   * to the first block tag or paragraph. {@code {@code x}} counts as {@code `x`}.
   */
  static String firstSentence(String comment) {
    String text = comment.replaceAll("\\{@code\\s+([^}]*)}", "`$1`");
    Matcher stop = Pattern.compile("(?m)^\\s*(@\\w+|<p>)|\\n\\s*\\n").matcher(text);
    if (stop.find()) {
      text = text.substring(0, stop.start());
    }
    text = text.replaceAll("\\s+", " ").strip();
    Matcher sentence = Pattern.compile("^(.*?\\.)(\\s|$)").matcher(text);
    return sentence.find() ? sentence.group(1) : text;
  }

  /** A rule page, split into the parts the tidy test checks. */
  private record Page(Path file, List<String> lines) {

    static Page read(Rule rule) {
      Path file = DOCS.resolve(rule.id() + ".md");
      assertTrue(
          Files.isRegularFile(file), "no page " + REPO.relativize(file) + " for " + rule.id());
      try {
        return new Page(REPO.relativize(file), Files.readAllLines(file, StandardCharsets.UTF_8));
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }

    String title() {
      return lines.isEmpty() ? "" : lines.get(0);
    }

    /** The first paragraph after the title, joined into one line. */
    String summary() {
      List<String> paragraph = new ArrayList<>();
      for (int i = 1; i < lines.size(); i++) {
        String line = lines.get(i).strip();
        if (line.isEmpty() && !paragraph.isEmpty()) {
          break;
        }
        if (!line.isEmpty()) {
          paragraph.add(line);
        }
      }
      return String.join(" ", paragraph);
    }

    /** The one fenced example of a {@code ## Bad} or {@code ## Good} section. */
    Example example(String section) {
      int heading = lines.indexOf("## " + section);
      assertTrue(heading >= 0, file + " has no '## " + section + "' section");
      if (section.equals("Good")) {
        assertTrue(heading > lines.indexOf("## Bad"), file + ": '## Good' must come after '## Bad'");
      }
      List<Example> examples = new ArrayList<>();
      int i = heading + 1;
      while (i < lines.size() && !lines.get(i).startsWith("## ")) {
        String line = lines.get(i);
        if (line.startsWith("```")) {
          String fence = line.substring(0, line.length() - line.replaceFirst("^`+", "").length());
          String language = line.substring(fence.length()).strip();
          StringBuilder body = new StringBuilder();
          i++;
          while (i < lines.size() && !lines.get(i).strip().equals(fence)) {
            body.append(lines.get(i)).append('\n');
            i++;
          }
          assertTrue(i < lines.size(), file + ": unclosed example in '## " + section + "'");
          examples.add(new Example(file, section, language, body.toString()));
        }
        i++;
      }
      assertEquals(
          1, examples.size(), file + ": '## " + section + "' needs exactly one fenced example");
      Example example = examples.get(0);
      assertTrue(
          example.language().equals("markdown") || example.language().equals("text"),
          file + ": the " + section + " example must be ```markdown (analysed) or ```text");
      return example;
    }
  }

  /** One fenced example; {@code text} examples describe bytes that markdown cannot show. */
  private record Example(Path file, String section, String language, String text) {

    String markdownOrSkip() {
      Assumptions.assumeTrue(
          language.equals("markdown"),
          file + ": the " + section + " example is ```text, for bytes markdown cannot show;"
              + " the rule's fixture tests cover it");
      return text;
    }
  }

  /** The repository root: surefire passes it as {@code agentmd.repo}; otherwise look upwards. */
  private static Path repoRoot() {
    String configured = System.getProperty("agentmd.repo", "");
    if (!configured.isBlank() && !configured.startsWith("${")) {
      return Path.of(configured).toAbsolutePath().normalize();
    }
    Path dir = Path.of("").toAbsolutePath();
    while (dir != null && !Files.isDirectory(dir.resolve("server/core/src/main/java"))) {
      dir = dir.getParent();
    }
    if (dir == null) {
      throw new IllegalStateException(
          "cannot find the repository root above " + Path.of("").toAbsolutePath());
    }
    return dir;
  }
}
