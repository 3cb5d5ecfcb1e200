package dev.agentmd.core.features;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FoldingRangesTest {

  private static final String AGENT = """
      ---
      name: code-reviewer
      description: |
        Reviews code.
        Use proactively.
      tools: Read, Grep
      hooks:
        Stop:
          - hooks:
              - type: command
                command: ./check.sh
      ---
      # Review

      ## Checklist

      Look for bugs.

      ## Output
      # Notes
      """;

  @Test
  void theFrontmatterMultiLineEntriesAndSectionsFold() {
    Editor editor = Editor.of(AGENT);
    assertEquals(
        List.of(
            "FRONTMATTER 1-12",
            "REGION 3-5",
            "REGION 7-11",
            "SECTION 13-19",
            "SECTION 15-17"),
        render(editor, FoldingRanges.of(editor.file())));
  }

  @Test
  void crlfLineBreaksFoldTheSameLines() {
    Editor editor = Editor.of(AGENT).crlf();
    assertEquals(
        List.of("FRONTMATTER 1-12", "REGION 3-5", "REGION 7-11", "SECTION 13-19", "SECTION 15-17"),
        render(editor, FoldingRanges.of(editor.file())));
  }

  @Test
  void anUnclosedFrontmatterFoldsToItsLastYamlLine() {
    Editor editor = Editor.of("---\nname: a\nmodel: opus\n\nYou are helpful.\n");
    assertEquals(List.of("FRONTMATTER 1-3"), render(editor, FoldingRanges.of(editor.file())));
  }

  /** Each fold as its kind and one-based first and last line. */
  private static List<String> render(Editor editor, List<Fold> folds) {
    var lines = editor.file().lines();
    return folds.stream()
        .map(f -> f.kind() + " " + (lines.lineOf(f.span().start()) + 1) + "-" + (lines.lineOf(f.span().end()) + 1))
        .toList();
  }
}
