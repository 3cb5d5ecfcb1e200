package dev.agentmd.core.rules.example;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import dev.agentmd.core.analysis.AgentAnalyzer;
import dev.agentmd.core.analysis.SourceDocument;
import dev.agentmd.core.config.Settings;
import dev.agentmd.core.examples.StyledAgent;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.kind.FileKind;
import dev.agentmd.core.text.LineMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every example rule, in every scalar style, with LF and CRLF line breaks and non-ASCII text before
 * the problem: the finding covers exactly the offending tag or label in the source, and a
 * well-formed description gets no example finding.
 */
class ExampleRulesInEveryStyleTest {

  private static final AgentAnalyzer ANALYZER = AgentAnalyzer.create();
  private static final String PROLOGUE = "Prüfe 🚀 den Code. Examples:\n\n";
  private static final String USER = "user: \"Can you review my changes?\"\n";
  private static final String ASSISTANT = "assistant: \"I'll use the code-reviewer agent to review them.\"\n";

  /** A description with one problem, the rule that reports it and the source text of each finding. */
  private record Case(String rule, String description, List<String> offending) {}

  private static final List<Case> CASES =
      List.of(
          new Case("example/unclosed", "<example>\n" + USER + ASSISTANT.strip(), List.of("<example>")),
          new Case("example/unopened", "<example>\n" + USER + ASSISTANT + "</example>\n</example>", List.of("</example>")),
          new Case("example/unopened", "<example>\n" + USER + ASSISTANT + "Why.</commentary>\n</example>", List.of("</commentary>")),
          new Case("example/nested",
              "<example>\n" + USER + "<example>\n" + USER + ASSISTANT + "</example>\n" + ASSISTANT + "</example>", List.of("<example>")),
          new Case("example/malformed-tag", "<example>\n" + USER + ASSISTANT + "<commentaryWhy it fits.</commentary>\n</example>",
              List.of("<commentary")),
          new Case("example/malformed-tag", "<example>\n" + USER + ASSISTANT + "<commentary>Why it fits.</commentary</example>",
              List.of("</commentary")),
          new Case("example/commentary-unclosed", "<example>\n" + USER + ASSISTANT + "<commentary>\nWhy it fits.\n</example>",
              List.of("<commentary>")),
          new Case("example/commentary-outside",
              "<example>\n" + USER + ASSISTANT + "</example>\n<commentary>Why it fits.</commentary>", List.of("<commentary>")),
          new Case("example/empty", "<example>\n</example>", List.of("<example>")),
          new Case("example/missing-user", "<example>\nContext: A change\n" + ASSISTANT + "</example>", List.of("<example>")),
          new Case("example/missing-assistant", "<example>\nContext: A change\n" + USER + "</example>", List.of("<example>")),
          new Case("example/speaker-label",
              "<example>\nHuman: \"Review it\"\nAssistant: \"I'll use the code-reviewer agent.\"\n</example>",
              List.of("Human:", "Assistant:")),
          new Case("example/wrong-agent",
              "<example>\n" + USER + "assistant: \"I'll use the code-critic agent.\"\n<Task tool invocation with code-critic agent>\n</example>",
              List.of("code-critic", "code-critic")));

  private static final String GOOD =
      "<example>\nContext: The user changed the café module\n" + USER + ASSISTANT
          + "<Task tool invocation with code-reviewer agent>\n<commentary>\nA review request calls for it.\n</commentary>\n"
          + "</example>\n\n<example>Context: Inline user: \"Check PR 7\" assistant: \"I'll use the code-reviewer agent.\"</example>";

  @TestFactory
  Stream<DynamicTest> eachFindingCoversTheOffendingTextInEveryStyle() {
    List<DynamicTest> tests = new ArrayList<>();
    for (Case c : CASES) {
      for (StyledAgent style : StyledAgent.values()) {
        for (boolean crlf : new boolean[] {false, true}) {
          tests.add(dynamicTest(c.rule() + " " + style + (crlf ? " CRLF" : "") + ": " + c.offending(), () -> {
            String text = text(style, PROLOGUE + c.description(), crlf);
            List<Finding> findings = findings(text, c.rule());
            assertEquals(c.offending(), findings.stream().map(f -> f.span().textOf(text)).toList(), text);
          }));
        }
      }
    }
    return tests.stream();
  }

  @TestFactory
  Stream<DynamicTest> aWellFormedDescriptionHasNoExampleFindingInAnyStyle() {
    return Stream.of(StyledAgent.values()).flatMap(style -> Stream.of(false, true).map(crlf ->
        dynamicTest(style + (crlf ? " CRLF" : ""), () -> {
          String text = text(style, PROLOGUE + GOOD, crlf);
          assertEquals(List.of(), findings(text, "example/"), text);
        })));
  }

  @TestFactory
  Stream<DynamicTest> columnsAfterNonAsciiTextAreUtf16() {
    return Stream.of(StyledAgent.values()).map(style -> dynamicTest(style.toString(), () -> {
      String text = text(style, "<example>\n" + USER + ASSISTANT + "</example> 🚀é <commentary>Why.</commentary>", false);
      Finding finding = findings(text, "example/commentary-outside").get(0);
      LineMap lines = new LineMap(text);
      int lineStart = lines.lineStart(lines.lineOf(finding.span().start()));
      String line = text.substring(lineStart, text.indexOf('\n', lineStart));
      int utf16Column = finding.span().start() - lineStart;
      assertEquals(line.indexOf("🚀é <commentary>") + "🚀é ".length(), utf16Column, line);
      assertEquals(utf16Column - 1, line.codePointCount(0, utf16Column), "the emoji counts as two UTF-16 units");
    }));
  }

  @Test
  void examplesSpilledIntoTheFrontmatterAreLeftToTheReadingRules() {
    // A one-line description whose example lines continue at column 0: YAML reads `user:` and
    // `assistant:` as keys and the description stops mid-example; one reading error, not five.
    String text =
        "---\nname: code-reviewer\ndescription: Reviews code.\\n<example>\\nContext: A change\n"
            + "user: \"Review it\"\nassistant: \"I'll use the code-reviewer agent.\"\n</example>\n---\nYou review code.\n";
    assertEquals(List.of(), findings(text, "example/"));
    String unreadable = text.replace("</example>", "  <commentary>\n</example>");
    assertEquals(List.of(), findings(unreadable, "example/"));
  }

  private static String text(StyledAgent style, String description, boolean crlf) {
    String text = style.file(description);
    return crlf ? text.replace("\n", "\r\n") : text;
  }

  private static List<Finding> findings(String text, String rulePrefix) {
    return ANALYZER
        .analyze(SourceDocument.ofText(Path.of(".claude/agents/code-reviewer.md"), text), FileKind.CLAUDE_AGENT, Settings.DEFAULTS)
        .findings().stream().filter(f -> f.ruleId().startsWith(rulePrefix)).toList();
  }
}
