package dev.agentmd.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentmd.core.config.Settings;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CompletionProviderTest {

  @Test
  void aTypedKeyPrefixIsCompletedToTheKeyWithAColonAndReplaced() {
    Editor editor = Editor.of("""
        ---
        name: reviewer
        mod$0
        ---
        """);
    assertEquals("mod", editor.replaced("model"));
    assertEquals("model: ", editor.item("model").insertText());
    assertTrue(editor.item("model").documentation().contains("inherit"));
  }

  @Test
  void aModelPrefixOffersSonnetFirstAndReplacesOnlyThePrefix() {
    Editor editor = Editor.of("""
        ---
        model: so$0
        ---
        """);
    assertEquals("sonnet", editor.labels().get(0));
    assertEquals("so", editor.replaced("sonnet"));
    assertEquals(ItemKind.MODEL, editor.item("sonnet").kind());
  }

  @Test
  void modelValuesAreAliasesKnownIdsAndConfiguredModels() {
    Editor editor = Editor.of("""
        ---
        model: $0
        ---
        """).with(new Settings(Map.of(), Set.of(), Set.of("my-proxy-model")));
    List<String> labels = editor.labels();
    assertTrue(labels.containsAll(List.of("inherit", "opusplan", "claude-opus-4-8", "my-proxy-model")), labels.toString());
    assertTrue(editor.item("opusplan").documentation().contains("plan mode"));
  }

  @Test
  void aToolsStringOffersTheCurrentEntryButNotToolsAlreadyListed() {
    Editor editor = Editor.of("""
        ---
        tools: Read, Gr$0
        ---
        """);
    assertEquals("Gr", editor.replaced("Grep"));
    assertFalse(editor.labels().contains("Read"));
    assertEquals("---\ntools: Read, Grep\n---\n", editor.accept("Grep"));
  }

  @Test
  void aFlowListOffersToolsAfterTheComma() {
    Editor editor = Editor.of("""
        ---
        tools: [Read, $0]
        ---
        """);
    assertFalse(editor.labels().contains("Read"));
    assertEquals("---\ntools: [Read, Grep]\n---\n", editor.accept("Grep"));
  }

  @Test
  void aQuotedFlowItemIsCompletedInsideItsQuotes() {
    Editor editor = Editor.of("""
        ---
        tools: ["Read", "Gl$0"]
        ---
        """);
    assertEquals("Gl", editor.replaced("Glob"));
  }

  @Test
  void anEntryAfterACommaWithParenthesesIsStillOneEntry() {
    Editor editor = Editor.of("""
        ---
        tools: Agent(worker, researcher), Bash(git diff:*), We$0
        ---
        """);
    assertEquals("We", editor.replaced("WebFetch"));
    assertFalse(editor.labels().contains("Agent"));
    assertFalse(editor.labels().contains("Bash"));
  }

  @Test
  void anEntryTypedRightAfterACommaGetsASpaceAndToolsSubagentsNeverGetSortLast() {
    Editor editor = Editor.of("---\ntools: Read,$0\n---\n");
    assertEquals("---\ntools: Read, Grep\n---\n", editor.accept("Grep"));
    List<String> labels = editor.labels();
    assertTrue(labels.indexOf("AskUserQuestion") > labels.indexOf("Write"), labels.toString());
    assertEquals("built-in tool · not available to subagents", editor.item("AskUserQuestion").detail());
  }

  @Test
  void nothingIsOfferedInsideAToolSpecifier() {
    assertEquals(List.of(), Editor.of("""
        ---
        tools: Bash(np$0
        ---
        """).complete());
  }

  @Test
  void aBlockListOffersToolsNotInItsOtherItems() {
    Editor editor = Editor.of("""
        ---
        tools:
          - Read
          - $0
          - Glob
        ---
        """);
    assertFalse(editor.labels().contains("Read"));
    assertFalse(editor.labels().contains("Glob"));
    assertEquals("", editor.replaced("Grep"));
  }

  @Test
  void retiredToolsAreNotOfferedButConfiguredToolsAre() {
    Editor editor = Editor.of("""
        ---
        tools: $0
        ---
        """).with(new Settings(Map.of(), Set.of("mcp__github__create_issue"), Set.of()));
    List<String> labels = editor.labels();
    assertFalse(labels.contains("MultiEdit"));
    assertFalse(labels.contains("TaskOutput"));
    assertFalse(labels.contains("mcp__*"));
    assertTrue(labels.contains("mcp__github__create_issue"));
    assertTrue(editor.item("Bash").documentation().contains("shell"));
  }

  @Test
  void disallowedToolsAlsoOffersAllMcpTools() {
    assertTrue(Editor.of("""
        ---
        disallowedTools: Write, $0
        ---
        """).labels().contains("mcp__*"));
  }

  @Test
  void permissionModeOffersEveryModeWithItsDescription() {
    Editor editor = Editor.of("""
        ---
        permissionMode: $0
        ---
        """);
    assertEquals(
        List.of("default", "acceptEdits", "auto", "dontAsk", "bypassPermissions", "plan", "manual"), editor.labels());
    assertTrue(editor.item("acceptEdits").documentation().contains("file edits"));
    assertEquals(ItemKind.VALUE, editor.item("plan").kind());
  }

  @Test
  void booleansOfferTrueAndFalse() {
    assertEquals(List.of("true", "false"), Editor.of("""
        ---
        background: $0
        ---
        """).labels());
  }

  @Test
  void nameOffersTheFileNameWithoutExtension() {
    Editor editor = Editor.of("""
        ---
        name: $0
        ---
        """).at(".claude/agents/code-reviewer.md");
    assertEquals(List.of("code-reviewer"), editor.labels());
  }

  @Test
  void nameOffersTheConventionalSpellingOfAnUnconventionalFileName() {
    assertEquals(List.of("code-reviewer", "Code_Reviewer"), Editor.of("""
        ---
        name: $0
        ---
        """).at(".claude/agents/Code_Reviewer.md").labels());
  }

  @Test
  void aFileNameYamlWouldNotReadAsAStringIsQuoted() {
    assertEquals("---\nname: \"3000\"\n---\n", Editor.of("""
        ---
        name: $0
        ---
        """).at(".claude/agents/3000.md").accept("3000"));
  }

  @Test
  void keysAlreadyPresentAreNotOffered() {
    List<String> labels = Editor.of("""
        ---
        name: reviewer
        $0
        description: Reviews code.
        hooks:
          Stop:
            - hooks:
                - type: command
                  command: ./check.sh
        ---
        """).labels();
    assertFalse(labels.contains("name"));
    assertFalse(labels.contains("description"));
    assertFalse(labels.contains("hooks"));
    assertFalse(labels.contains("type"), "nested keys are not top-level keys");
    assertTrue(labels.contains("model"));
  }

  @Test
  void aHalfWrittenFileWithoutClosingFenceStillCompletesKeys() {
    Editor editor = Editor.of("---\nna$0");
    assertEquals("na", editor.replaced("name"));
  }

  @Test
  void aHalfWrittenKeyBelowOtherEntriesOfAnUnclosedFrontmatterIsCompleted() {
    Editor editor = Editor.of("""
        ---
        name: reviewer

        mo$0
        You are a reviewer.
        """);
    assertEquals("mo", editor.replaced("model"));
    assertFalse(editor.labels().contains("name"));
  }

  @Test
  void aFileThatIsJustTheOpeningFenceOffersEveryKey() {
    List<String> labels = Editor.of("---\n$0").labels();
    assertEquals("name", labels.get(0));
    assertTrue(labels.containsAll(List.of("description", "tools", "model", "hooks")));
  }

  @Test
  void anEmptyFrontmatterOffersEveryKeyAtTheCursor() {
    Editor editor = Editor.of("""
        ---
        $0
        ---
        """);
    assertEquals(List.of("name", "description"), editor.labels().subList(0, 2));
    assertEquals("", editor.replaced("name"));
    assertEquals("string · required", editor.item("name").detail());
  }

  @Test
  void theBodyGetsNoAgentCompletions() {
    assertEquals(List.of(), Editor.of("""
        ---
        name: reviewer
        ---
        mod$0
        """).complete());
  }

  @Test
  void theFencesAndCommentsGetNothing() {
    assertEquals(List.of(), Editor.of("---$0\nname: a\n---\n").complete());
    assertEquals(List.of(), Editor.of("---\nname: a\n$0---\n").complete());
    assertEquals(List.of(), Editor.of("---\nmodel: sonnet # so$0\n---\n").complete());
  }

  @Test
  void structuredKeysInsertASkeleton() {
    Editor editor = Editor.of("""
        ---
        hoo$0
        ---
        """);
    CompletionItem hooks = editor.item("hooks");
    assertTrue(hooks.snippet());
    assertTrue(hooks.insertText().startsWith("hooks:\n  ${1:PreToolUse}:\n    - matcher: \"${2:Bash}\"\n"), hooks.insertText());
    assertEquals("tools: ${1:Read, Grep, Glob}", editor.item("tools").insertText());
    assertFalse(editor.item("model").snippet());
  }

  @Test
  void renamingAnExistingKeyInsertsOnlyTheName() {
    Editor editor = Editor.of("""
        ---
        mo$0: sonnet
        ---
        """);
    assertEquals("model", editor.item("model").insertText());
    assertEquals("tools", editor.item("tools").insertText());
  }

  @Test
  void hookEventNamesAreOfferedUnderHooksWithAMatcherGroup() {
    Editor editor = Editor.of("""
        ---
        hooks:
          Stop:
            - hooks:
                - type: command
                  command: ./check.sh
          Pre$0
        ---
        """);
    CompletionItem pre = editor.item("PreToolUse");
    assertEquals(ItemKind.EVENT, pre.kind());
    assertEquals("Pre", editor.replaced("PreToolUse"));
    assertTrue(pre.insertText().startsWith("PreToolUse:\n  - matcher: \"${1}\"\n    hooks:\n"), pre.insertText());
    assertTrue(pre.documentation().contains("Before a tool call"));
    assertFalse(editor.labels().contains("Stop"), "present events are not offered again");
    assertFalse(editor.item("UserPromptSubmit").insertText().contains("matcher"), "no matcher for events without one");
  }

  @Test
  void handlerTypesAreOfferedInsideAHookHandler() {
    Editor editor = Editor.of("""
        ---
        hooks:
          PreToolUse:
            - matcher: Bash
              hooks:
                - type: $0
        ---
        """);
    assertEquals(List.of("command", "http", "mcp_tool", "prompt", "agent"), editor.labels());
    assertTrue(editor.item("prompt").documentation().contains("model"));
  }

  @Test
  void handlerFieldsAreOfferedAsKeysInsideAHandler() {
    List<String> labels = Editor.of("""
        ---
        hooks:
          PreToolUse:
            - matcher: Bash
              hooks:
                - type: command
                  $0
        ---
        """).labels();
    assertTrue(labels.containsAll(List.of("command", "timeout", "statusMessage")), labels.toString());
    assertFalse(labels.contains("type"));
  }

  @Test
  void aToolEventMatcherOffersToolNames() {
    Editor editor = Editor.of("""
        ---
        hooks:
          PreToolUse:
            - matcher: "Edit|Wr$0"
        ---
        """);
    assertEquals("Wr", editor.replaced("Write"));
  }

  @Test
  void anInlineMcpServerTypeOffersTransports() {
    assertEquals(List.of("stdio", "http", "sse", "ws"), Editor.of("""
        ---
        mcpServers:
          - playwright:
              type: $0
        ---
        """).labels());
  }

  @Test
  void aValueTypedRightAfterTheColonGetsASpace() {
    assertEquals("---\nmodel: sonnet\n---\n", Editor.of("---\nmodel:$0\n---\n").accept("sonnet"));
  }

  @Test
  void aQuotedValueIsCompletedInsideTheQuotes() {
    assertEquals("op", Editor.of("---\nmodel: \"op$0\"\n---\n").replaced("opus"));
  }

  @Test
  void nothingIsOfferedInsideABlockScalar() {
    assertEquals(List.of(), Editor.of("""
        ---
        description: |
          Reviews code.
          mo$0
        ---
        """).complete());
  }

  @Test
  void crlfLineBreaksGiveTheSameRanges() {
    Editor editor = Editor.of("""
        ---
        name: reviewer
        model: so$0
        tools: Read, Gr
        ---
        """).crlf();
    assertTrue(editor.text().contains("\r\n"));
    assertEquals("so", editor.replaced("sonnet"));
    assertEquals("sonnet", editor.labels().get(0));
    Editor keys = Editor.of("---\r\nname: a\r\nmo$0\r\n---\r\n");
    assertEquals("mo", keys.replaced("model"));
    assertFalse(keys.labels().contains("name"));
  }
}
