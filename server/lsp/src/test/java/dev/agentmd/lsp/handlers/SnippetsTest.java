package dev.agentmd.lsp.handlers;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SnippetsTest {

  @Test
  void placeholdersBecomeTheirDefaults() {
    assertEquals("tools: Read, Grep, Glob", Snippets.plain("tools: ${1:Read, Grep, Glob}"));
    assertEquals("a: outer inner b", Snippets.plain("a: ${1:outer ${2:inner}} b"));
  }

  @Test
  void tabStopsVanish() {
    assertEquals("model: ", Snippets.plain("model: $0"));
    assertEquals("x: ", Snippets.plain("x: ${1}$2"));
  }

  @Test
  void aChoiceBecomesItsFirstOption() {
    assertEquals("color: red", Snippets.plain("color: ${1|red,blue|}$0"));
  }

  @Test
  void escapesAreUnescaped() {
    assertEquals("cost: $5 } \\", Snippets.plain("cost: \\$5 \\} \\\\"));
    assertEquals("plain text", Snippets.plain("plain text"));
  }
}
