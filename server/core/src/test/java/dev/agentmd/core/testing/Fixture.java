package dev.agentmd.core.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.agentmd.core.analysis.AgentAnalyzer;
import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.analysis.SourceDocument;
import dev.agentmd.core.config.Settings;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.kind.FileKind;
import dev.agentmd.core.text.Span;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fixture: a document whose expected findings are written under the offending text.
 *
 * <pre>
 * ---
 * name: reviewer
 * modle: opus
 * ^^^^^ schema/unknown-key Did you mean `model`?
 * ---
 * </pre>
 *
 * <p>An annotation line is carets under the expected span of the line above it, a rule id and
 * optionally a fragment the message must contain. A lone {@code |} marks an empty span at that
 * column. Annotation lines are removed before analysis. {@code $0} marks a cursor and is removed
 * too ({@link #cursor()}). Line breaks in the text block are LF; call {@link #crlf()} to test CRLF.
 */
public final class Fixture {

  private static final AgentAnalyzer ANALYZER = AgentAnalyzer.create();
  private static final Pattern ANNOTATION = Pattern.compile("^( *)(\\^+|\\|) ([a-z]+/[a-z-]+)(?: (.*))?$");

  private final String text;
  private final List<Expected> expected;
  private final int cursor;
  private Path path = Path.of(".claude/agents/reviewer.md");
  private Settings settings = Settings.DEFAULTS;
  private Predicate<String> ruleFilter = id -> true;

  /** One expected finding. */
  public record Expected(String ruleId, Span span, String messageFragment) {}

  private Fixture(String text, List<Expected> expected, int cursor) {
    this.text = text;
    this.expected = expected;
    this.cursor = cursor;
  }

  public static Fixture of(String annotated) {
    List<Expected> expected = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    int previousLineStart = -1;
    int cursor = -1;
    String[] lines = annotated.split("\n", -1);
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      Matcher annotation = ANNOTATION.matcher(line);
      if (previousLineStart >= 0 && annotation.matches()) {
        int start = previousLineStart + annotation.group(1).length();
        int length = annotation.group(2).equals("|") ? 0 : annotation.group(2).length();
        expected.add(
            new Expected(
                annotation.group(3),
                Span.of(start, start + length),
                annotation.group(4) == null ? "" : annotation.group(4)));
        continue;
      }
      int marker = line.indexOf("$0");
      if (marker >= 0) {
        cursor = text.length() + marker;
        line = line.substring(0, marker) + line.substring(marker + 2);
      }
      previousLineStart = text.length();
      text.append(line);
      if (i < lines.length - 1) {
        text.append('\n');
      }
    }
    return new Fixture(text.toString(), expected, cursor);
  }

  public Fixture at(String relativePath) {
    this.path = Path.of(relativePath);
    return this;
  }

  public Fixture with(Settings newSettings) {
    this.settings = newSettings;
    return this;
  }

  /** Compares only findings of these rules (others may appear). */
  public Fixture onlyRules(String... ruleIds) {
    Set<String> ids = Set.of(ruleIds);
    this.ruleFilter = ids::contains;
    return this;
  }

  /** The same fixture with CRLF line breaks; expected spans move with the text. */
  public Fixture crlf() {
    StringBuilder converted = new StringBuilder();
    int[] shift = new int[text.length() + 1];
    int added = 0;
    for (int i = 0; i < text.length(); i++) {
      shift[i] = added;
      if (text.charAt(i) == '\n') {
        converted.append('\r');
        added++;
      }
      converted.append(text.charAt(i));
    }
    shift[text.length()] = added;
    List<Expected> moved = new ArrayList<>();
    for (Expected e : expected) {
      moved.add(
          new Expected(
              e.ruleId(),
              Span.of(e.span().start() + shift[e.span().start()], e.span().end() + shift[e.span().end()]),
              e.messageFragment()));
    }
    Fixture fixture = new Fixture(converted.toString(), moved, cursor < 0 ? -1 : cursor + shift[cursor]);
    fixture.path = path;
    fixture.settings = settings;
    fixture.ruleFilter = ruleFilter;
    return fixture;
  }

  public String text() {
    return text;
  }

  public int cursor() {
    if (cursor < 0) {
      fail("fixture has no $0 cursor");
    }
    return cursor;
  }

  public AnalysisResult analyze() {
    return ANALYZER.analyze(SourceDocument.ofText(path, text), FileKind.CLAUDE_AGENT, settings);
  }

  /** Asserts that the findings (of the selected rules) are exactly the annotated ones. */
  public AnalysisResult check() {
    AnalysisResult result = analyze();
    Set<String> want = new TreeSet<>();
    for (Expected e : expected) {
      want.add(render(e.ruleId(), e.span()));
    }
    Set<String> got = new TreeSet<>();
    for (Finding finding : result.findings()) {
      if (ruleFilter.test(finding.ruleId())) {
        got.add(render(finding.ruleId(), finding.span()));
      }
    }
    if (!want.equals(got)) {
      StringBuilder details = new StringBuilder("findings differ\nexpected: " + want + "\nactual:   " + got + "\n");
      for (Finding finding : result.findings()) {
        details.append("  ").append(render(finding.ruleId(), finding.span())).append(" ")
            .append(finding.severity()).append(" ").append(finding.message()).append('\n');
      }
      details.append("text:\n").append(text);
      fail(details.toString());
    }
    for (Expected e : expected) {
      if (e.messageFragment().isEmpty()) {
        continue;
      }
      boolean found =
          result.findings().stream()
              .anyMatch(f -> f.ruleId().equals(e.ruleId()) && f.span().equals(e.span())
                  && f.message().contains(e.messageFragment()));
      assertTrue(found, "no " + e.ruleId() + " at " + e.span() + " with message containing: "
          + e.messageFragment() + "\nactual: " + result.findings());
    }
    return result;
  }

  /** Asserts the document has no findings at all (of the selected rules). */
  public void checkClean() {
    assertEquals(List.of(), analyze().findings().stream().filter(f -> ruleFilter.test(f.ruleId())).toList());
  }

  private String render(String ruleId, Span span) {
    return ruleId + "@" + lineColumn(span.start()) + "-" + lineColumn(span.end()) + "\"" + span.textOf(text).replace("\n", "\\n") + "\"";
  }

  private String lineColumn(int offset) {
    int line = 1;
    int column = 1;
    for (int i = 0; i < offset && i < text.length(); i++) {
      if (text.charAt(i) == '\n') {
        line++;
        column = 1;
      } else {
        column++;
      }
    }
    return line + ":" + column;
  }
}
