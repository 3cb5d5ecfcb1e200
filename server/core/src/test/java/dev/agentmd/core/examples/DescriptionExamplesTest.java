package dev.agentmd.core.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentmd.core.analysis.AgentAnalyzer;
import dev.agentmd.core.analysis.SourceDocument;
import dev.agentmd.core.examples.ExamplePart.Speaker;
import dev.agentmd.core.kind.FileKind;
import dev.agentmd.core.syntax.ParsedFile;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class DescriptionExamplesTest {

  private static final AgentAnalyzer ANALYZER = AgentAnalyzer.create();

  static final String CANONICAL =
      """
      Use this agent to review code. Examples:

      <example>
      Context: The user changed the café 🚀 module
      user: "Can you review my changes?"
      assistant: "I'll use the code-reviewer agent to review them."
      <commentary>
      A review request calls for the code-reviewer agent.
      </commentary>
      </example>""";

  static ParsedFile parse(String text) {
    return ANALYZER.parse(SourceDocument.ofText(Path.of("code-reviewer.md"), text), FileKind.CLAUDE_AGENT);
  }

  static DescriptionExamples examples(String text) {
    return DescriptionExamples.of(parse(text)).orElseThrow();
  }

  private static List<String> kinds(ExampleBlock block) {
    return block.parts().stream()
        .map(part -> part instanceof ExamplePart.Turn turn ? turn.speaker().name() : part.getClass().getSimpleName())
        .toList();
  }

  @ParameterizedTest
  @EnumSource(StyledAgent.class)
  void aCanonicalBlockHasItsPartsInOrderInEveryStyle(StyledAgent style) {
    String text = style.file(CANONICAL);
    DescriptionExamples examples = examples(text);
    assertEquals(style.style(), examples.description().style());
    assertTrue(examples.text().exact());
    assertEquals(List.of(), examples.problems());
    ExampleBlock block = examples.blocks().get(0);
    assertEquals(List.of("Context", "USER", "ASSISTANT", "Commentary"), kinds(block));
    assertEquals("The user changed the café 🚀 module", block.title());
    assertTrue(block.span().textOf(text).startsWith("<example>"), block.span().textOf(text));
    assertTrue(block.span().textOf(text).endsWith("</example>"), block.span().textOf(text));
    ExamplePart.Turn user = block.turns().get(0);
    assertEquals("user:", user.labelSpan().textOf(text));
    assertEquals("Can you review my changes?", examples.text().text().substring(user.from() + 1, user.to() - 1));
  }

  @Test
  void inlineOneLineBlocksAreValid() {
    DescriptionExamples examples =
        examples(
            StyledAgent.LENIENT.file(
                "Use it. <example>Context: A PR user: \"Review PR 1\" assistant: \"I'll use the code-reviewer agent.\""
                    + " <commentary>Review.</commentary></example><example>Context: Another user: \"Again\""
                    + " assistant: \"On it.\"</example>"));
    assertEquals(List.of(), examples.problems());
    assertEquals(2, examples.blocks().size());
    assertEquals(List.of("Context", "USER", "ASSISTANT", "Commentary"), kinds(examples.blocks().get(0)));
    assertEquals(List.of("Context", "USER", "ASSISTANT"), kinds(examples.blocks().get(1)));
  }

  @Test
  void pseudoActionLinesAreFreeTextNeverTags() {
    String text =
        StyledAgent.LITERAL.file(
            """
            <example>
            user: "Review this"
            assistant: "On it."
            <Task tool invocation with code-reviewer agent>
            <function call omitted for brevity only for this example>
            </example>""");
    DescriptionExamples examples = examples(text);
    assertEquals(List.of(), examples.problems());
    assertEquals(List.of("USER", "ASSISTANT", "Action", "Action"), kinds(examples.blocks().get(0)));
    assertEquals("<Task tool invocation with code-reviewer agent>", examples.blocks().get(0).parts().get(2).span().textOf(text));
  }

  @Test
  void tagsInInlineCodeAndOtherTagNamesAreText() {
    DescriptionExamples examples =
        examples(
            StyledAgent.LITERAL.file(
                """
                Write `<example>` blocks like these.
                <examples>
                <example>
                user: "Hi"
                assistant: "I'll use the code-reviewer agent."
                </example>
                </examples>"""));
    assertEquals(List.of(), examples.problems());
    assertEquals(1, examples.blocks().size());
  }

  @Test
  void aLiteralBackslashNInAOneLinerIsALineBreakAndMapsToBothSourceChars() {
    String text = StyledAgent.LENIENT.file("Use it.\n<example>\nuser: \"Hi\"\nassistant: \"Bye\"\n</example>");
    LogicalText logical = examples(text).text();
    int breakAt = logical.text().indexOf('\n');
    assertEquals("\\n", logical.span(breakAt, breakAt + 1).textOf(text));
    assertEquals("Use it.\n<example>\nuser: \"Hi\"\nassistant: \"Bye\"\n</example>", logical.text());
  }

  @Test
  void anEscapedBackslashNInDoubleQuotesIsALineBreakAndMapsToAllThreeSourceChars() {
    String text = "---\nname: code-reviewer\ndescription: \"Use it.\\\\n<example>\\\\nuser: \\\"Hi\\\"\\\\nassistant: \\\"Bye\\\"\\\\n</example>\"\n---\nBody.\n";
    DescriptionExamples examples = examples(text);
    int breakAt = examples.text().text().indexOf('\n');
    assertEquals("\\\\n", examples.text().span(breakAt, breakAt + 1).textOf(text));
    assertEquals(List.of("USER", "ASSISTANT"), kinds(examples.blocks().get(0)));
  }

  @Test
  void aBlockScalarKeepsItsBackslashesAsText() {
    String text = StyledAgent.LITERAL.file("Run `printf 'a\\n'`.\n<example>\nuser: \"Hi\"\nassistant: \"Bye\"\n</example>");
    assertTrue(examples(text).text().text().contains("'a\\n'"));
  }

  @Test
  void aFoldedLineStartStillStartsATurn() {
    String text =
        "---\nname: code-reviewer\ndescription: >\n  <example>\n  Context: A change\n  user: \"Review it\"\n"
            + "  assistant: \"I'll use the code-reviewer agent\"\n  </example>\n---\nBody.\n";
    DescriptionExamples examples = examples(text);
    assertEquals("<example> Context: A change user: \"Review it\" assistant: \"I'll use the code-reviewer agent\" </example>",
        examples.text().text().strip());
    assertEquals(List.of("Context", "USER", "ASSISTANT"), kinds(examples.blocks().get(0)));
    assertEquals(Speaker.ASSISTANT, examples.blocks().get(0).turns().get(1).speaker());
  }

  @Test
  void aDescriptionWithoutTagsHasNothingToRead() {
    assertTrue(DescriptionExamples.of(parse("---\nname: a\ndescription: Reviews code.\n---\nBody.\n")).isEmpty());
    assertTrue(DescriptionExamples.of(parse("---\nname: a\n---\nBody.\n")).isEmpty());
  }

  @Test
  void aHugeDescriptionFullOfTagsIsReadInLinearTime() {
    StringBuilder description = new StringBuilder("Use it.");
    for (int i = 0; i < 20_000; i++) {
      description.append(i % 3 == 0 ? "\\n<example>" : i % 3 == 1 ? "\\n<commentary></example>" : "\\nuser: a </commentary");
    }
    String text = "---\nname: code-reviewer\ndescription: " + description + "\n---\nBody.\n";
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
      DescriptionExamples examples = examples(text);
      assertTrue(examples.problems().size() > 10_000);
    });
    String oneLine = "---\nname: code-reviewer\ndescription: |\n  " + "<example>user: a".repeat(30_000) + "\n---\nBody.\n";
    assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertEquals(30_000, examples(oneLine).blocks().size()));
  }

  @Test
  void aUrlSchemeIsNotALabel() {
    DescriptionExamples examples =
        examples(StyledAgent.LITERAL.file("<example>\nuser: \"Open it\" assistant: see user://x and http://y\n</example>"));
    assertEquals(List.of("USER", "ASSISTANT"), kinds(examples.blocks().get(0)));
  }

  @Test
  void aUserTurnWrittenAsATagCounts() {
    DescriptionExamples examples =
        examples(StyledAgent.LITERAL.file("<example>\n<user_request>Audit the API</user_request>\nassistant: \"On it\"\n</example>"));
    assertEquals(List.of(), examples.problems());
    assertEquals(List.of("USER", "ASSISTANT"), kinds(examples.blocks().get(0)));
    assertEquals("Audit the API", examples.blocks().get(0).title());
  }
}
