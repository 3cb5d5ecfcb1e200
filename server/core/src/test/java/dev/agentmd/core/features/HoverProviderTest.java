package dev.agentmd.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class HoverProviderTest {

  @Test
  void aKeyShowsItsSchemaDocumentationUnderAHeaderLine() {
    Editor editor = Editor.of("""
        ---
        mo$0del: sonnet
        ---
        """);
    String markdown = editor.hoverOrFail().markdown();
    assertTrue(markdown.startsWith("**model** · string · default `inherit`\n\n"), markdown);
    assertTrue(markdown.contains("Which model the subagent uses"), markdown);
    editor.assertHoverRange("model");
  }

  @Test
  void aRequiredKeySaysSo() {
    assertTrue(Editor.of("---\nna$0me: reviewer\n---\n").hoverOrFail().markdown().startsWith("**name** · string · required"));
  }

  @Test
  void inheritIsExplainedWithTheKeySummary() {
    Editor editor = Editor.of("""
        ---
        model: inh$0erit
        ---
        """);
    String markdown = editor.hoverOrFail().markdown();
    assertTrue(markdown.startsWith("**`inherit`** · model alias"), markdown);
    assertTrue(markdown.contains("same model as the main conversation"), markdown);
    assertTrue(markdown.contains("`model`: Model for the subagent"), markdown);
    editor.assertHoverRange("inherit");
  }

  @Test
  void opusplanIsExplained() {
    Editor editor = Editor.of("""
        ---
        model: "opusplan$0"
        ---
        """);
    assertTrue(editor.hoverOrFail().markdown().contains("Opus while in plan mode, Sonnet otherwise"));
    editor.assertHoverRange("opusplan");
  }

  @Test
  void aFullModelIdIsExplainedByTheSchemaBranchItMatches() {
    assertTrue(Editor.of("---\nmodel: claude-opus-4-8$0\n---\n").hoverOrFail().markdown().startsWith("**`claude-opus-4-8`** · full model id"));
  }

  @Test
  void aToolInAToolsStringShowsWhatTheToolDoes() {
    Editor editor = Editor.of("""
        ---
        tools: Read, Ba$0sh(git diff:*), Grep
        ---
        """);
    String markdown = editor.hoverOrFail().markdown();
    assertTrue(markdown.startsWith("**`Bash`** · built-in tool\n\n"), markdown);
    assertTrue(markdown.contains("Runs shell commands"), markdown);
    editor.assertHoverRange("Bash");
  }

  @Test
  void aToolInABlockListShowsWhatTheToolDoes() {
    Editor editor = Editor.of("""
        ---
        disallowedTools:
          - Web$0Fetch
        ---
        """);
    assertTrue(editor.hoverOrFail().markdown().contains("Fetches a URL"));
    editor.assertHoverRange("WebFetch");
  }

  @Test
  void aRetiredToolShowsWhyAndWhatReplacesIt() {
    Editor editor = Editor.of("""
        ---
        tools: [Read, MultiEd$0it]
        ---
        """);
    String markdown = editor.hoverOrFail().markdown();
    assertTrue(markdown.startsWith("**`MultiEdit`** · retired tool, use `Edit`"), markdown);
    assertTrue(markdown.contains("merged into `Edit`"), markdown);
    editor.assertHoverRange("MultiEdit");
  }

  @Test
  void anMcpToolNamesItsServer() {
    assertTrue(Editor.of("---\ntools: mcp__github__create_issue$0\n---\n").hoverOrFail().markdown()
        .contains("The tool `create_issue` of the MCP server `github`."));
  }

  @Test
  void aHookEventShowsWhenItFires() {
    Editor editor = Editor.of("""
        ---
        hooks:
          PreTool$0Use:
            - matcher: Bash
              hooks:
                - type: command
                  command: ./check.sh
        ---
        """);
    String markdown = editor.hoverOrFail().markdown();
    assertTrue(markdown.startsWith("**PreToolUse** · hook event\n\nBefore a tool call runs"), markdown);
    editor.assertHoverRange("PreToolUse");
  }

  @Test
  void aHandlerTypeValueShowsWhatThatHandlerDoes() {
    Editor editor = Editor.of("""
        ---
        hooks:
          Stop:
            - hooks:
                - type: pro$0mpt
                  prompt: Did the tests pass?
        ---
        """);
    assertTrue(editor.hoverOrFail().markdown().contains("Asks a fast model"));
    editor.assertHoverRange("prompt");
  }

  @Test
  void aValueWithoutItsOwnDocumentationShowsTheKey() {
    Editor editor = Editor.of("---\nmaxTurns: 2$00\n---\n");
    assertTrue(editor.hoverOrFail().markdown().startsWith("**maxTurns** · integer"));
    editor.assertHoverRange("20");
  }

  @Test
  void theBodyAndUnknownKeysHaveNoHover() {
    assertEquals(Optional.empty(), Editor.of("---\nname: a\n---\nmo$0del\n").hover());
    assertEquals(Optional.empty(), Editor.of("---\nfavourite$0Color: red\n---\n").hover());
    assertEquals(Optional.empty(), Editor.of("---\ntools: Read, Frobnicate$0\n---\n").hover());
  }

  @Test
  void hoverWorksInABrokenFrontmatter() {
    Editor editor = Editor.of("""
        ---
        description: Use when: reviewing
        tools: [Read, Gr$0ep
        permissionMode: plan
        """);
    assertTrue(editor.hoverOrFail().markdown().contains("ripgrep"));
  }

  @Test
  void crlfLineBreaksGiveTheSameRange() {
    Editor editor = Editor.of("""
        ---
        name: reviewer
        model: opus$0plan
        ---
        """).crlf();
    editor.assertHoverRange("opusplan");
  }
}
