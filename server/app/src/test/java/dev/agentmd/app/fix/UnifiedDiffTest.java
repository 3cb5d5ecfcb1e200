package dev.agentmd.app.fix;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class UnifiedDiffTest {

  private static String numbered(int from, int to) {
    StringBuilder out = new StringBuilder();
    for (int i = from; i <= to; i++) {
      out.append("line ").append(i).append('\n');
    }
    return out.toString();
  }

  @Test
  void equalTextsHaveNoDiff() {
    assertEquals("", UnifiedDiff.of("a/x", "b/x", "same\n", "same\n"));
  }

  @Test
  void changesFarApartGetTheirOwnHunksWithThreeLinesOfContext() {
    String before = numbered(1, 20);
    String after = before.replace("line 2\n", "line two\n").replace("line 18\n", "");
    assertEquals(
        """
        --- a/x
        +++ b/x
        @@ -1,5 +1,5 @@
         line 1
        -line 2
        +line two
         line 3
         line 4
         line 5
        @@ -15,6 +15,5 @@
         line 15
         line 16
         line 17
        -line 18
         line 19
         line 20
        """,
        UnifiedDiff.of("a/x", "b/x", before, after));
  }

  @Test
  void changesWithinSixLinesShareAHunk() {
    String before = numbered(1, 12);
    String after = before.replace("line 3\n", "line three\n").replace("line 9\n", "line nine\n");
    assertEquals(
        """
        --- a/x
        +++ b/x
        @@ -1,12 +1,12 @@
         line 1
         line 2
        -line 3
        +line three
         line 4
         line 5
         line 6
         line 7
         line 8
        -line 9
        +line nine
         line 10
         line 11
         line 12
        """,
        UnifiedDiff.of("a/x", "b/x", before, after));
  }

  @Test
  void aMissingLastLineBreakIsMarkedAndOneLineRangesHaveNoCount() {
    assertEquals(
        """
        --- a/x
        +++ b/x
        @@ -1 +1 @@
        -old
        \\ No newline at end of file
        +new
        \\ No newline at end of file
        """,
        UnifiedDiff.of("a/x", "b/x", "old", "new"));
  }

  @Test
  void aDeletedFirstLineCountsFromZeroOnTheNewSide() {
    assertEquals(
        """
        --- a/x
        +++ b/x
        @@ -1,2 +0,0 @@
        -a
        -b
        """,
        UnifiedDiff.of("a/x", "b/x", "a\nb\n", ""));
  }
}
