package dev.agentmd.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class DocumentSymbolsTest {

  private static final String AGENT = """
      ---
      name: code-reviewer
      description: |
        Reviews recently changed code for quality, security and maintainability. Use proactively.
      tools: [Read, Grep, Glob]
      hooks:
        PreToolUse:
          - matcher: Bash
            hooks:
              - type: command
                command: ./check.sh
      ---
      You are a senior code reviewer.

      # Review

      ## Checklist

      ```bash
      # not a heading: a shell comment
      git diff
      ```

      ### Security

      Look for secrets.

      ## Output

      Report findings.

      # Notes
      """;

  @Test
  void theFrontmatterHasOneChildPerKeyWithAShortPreview() {
    Symbol frontmatter = DocumentSymbols.of(Editor.of(AGENT).file()).get(0);
    assertEquals(SymbolKind.FRONTMATTER, frontmatter.kind());
    assertEquals("code-reviewer", frontmatter.detail());
    assertEquals(
        List.of(
            "name: code-reviewer",
            "description: Reviews recently changed code for quali…",
            "tools: [Read, Grep, Glob]",
            "hooks: {PreToolUse}"),
        frontmatter.children().stream().map(s -> s.name() + ": " + s.detail()).toList());
    for (Symbol key : frontmatter.children()) {
      assertTrue(key.detail().length() <= 40, key.detail());
      assertEquals(SymbolKind.KEY, key.kind());
    }
  }

  @Test
  void aKeySymbolCoversItsWholeValueAndSelectsTheKey() {
    Editor editor = Editor.of(AGENT);
    Symbol hooks = DocumentSymbols.of(editor.file()).get(0).children().get(3);
    assertEquals("hooks", hooks.selection().textOf(editor.text()));
    assertTrue(hooks.range().textOf(editor.text()).startsWith("hooks:\n  PreToolUse:"));
    assertTrue(hooks.range().textOf(editor.text()).endsWith("command: ./check.sh"));
  }

  @Test
  void headingsNestByLevelAndHashesInFencedCodeAreNotHeadings() {
    List<Symbol> symbols = DocumentSymbols.of(Editor.of(AGENT).file());
    assertEquals(List.of("frontmatter", "Review", "Notes"), symbols.stream().map(Symbol::name).toList());
    Symbol review = symbols.get(1);
    assertEquals(List.of("Checklist", "Output"), review.children().stream().map(Symbol::name).toList());
    assertEquals(List.of("Security"), review.children().get(0).children().stream().map(Symbol::name).toList());
    assertEquals(List.of("Review", "Checklist", "Security", "Output", "Notes"), outline(symbols));
  }

  @Test
  void aSectionRunsToTheNextHeadingOfTheSameOrAHigherLevel() {
    Editor editor = Editor.of(AGENT);
    Symbol checklist = DocumentSymbols.of(editor.file()).get(1).children().get(0);
    String range = checklist.range().textOf(editor.text());
    assertTrue(range.startsWith("## Checklist"), range);
    assertTrue(range.endsWith("Look for secrets."), range);
    assertEquals("Checklist", checklist.selection().textOf(editor.text()));
  }

  @Test
  void closingHashesSetextHeadingsAndHtmlBlocksFollowCommonMark() {
    String body = """
        ---
        name: a
        ---
        ## Steps ##

        Output format
        =============

        <example>
        # inside an HTML block
        </example>

            # indented code

        #hashtag is a paragraph
        - item
        ---
        ####### seven is too many
        """;
    assertEquals(List.of("Steps", "Output format"), outline(DocumentSymbols.of(Editor.of(body).file())));
  }

  @Test
  void aFileWithoutFrontmatterStillHasHeadings() {
    List<Symbol> symbols = DocumentSymbols.of(Editor.of("# Title\n\ntext\n").file());
    assertEquals(List.of("Title"), symbols.stream().map(Symbol::name).toList());
  }

  @Test
  void anUnclosedFrontmatterSpansWhatWasReadAsYaml() {
    Editor editor = Editor.of("---\nname: a\nmodel: opus\n\nYou are helpful.\n");
    Symbol frontmatter = DocumentSymbols.of(editor.file()).get(0);
    assertEquals("---\nname: a\nmodel: opus", frontmatter.range().textOf(editor.text()));
    assertEquals(2, frontmatter.children().size());
  }

  @Test
  void crlfLineBreaksAreNotPartOfRanges() {
    Editor editor = Editor.of(AGENT).crlf();
    List<Symbol> symbols = DocumentSymbols.of(editor.file());
    assertEquals(List.of("Review", "Checklist", "Security", "Output", "Notes"), outline(symbols));
    String security = symbols.get(1).children().get(0).children().get(0).range().textOf(editor.text());
    assertEquals("### Security\r\n\r\nLook for secrets.", security);
    assertTrue(symbols.get(0).range().textOf(editor.text()).endsWith("command: ./check.sh\r\n---"));
  }

  /** Heading names, depth first. */
  private static List<String> outline(List<Symbol> symbols) {
    List<String> out = new ArrayList<>();
    for (Symbol symbol : symbols) {
      if (symbol.kind() == SymbolKind.HEADING) {
        out.add(symbol.name());
      }
      out.addAll(outline(symbol.children()).stream().filter(n -> symbol.kind() == SymbolKind.HEADING).toList());
    }
    return out;
  }
}
