package dev.agentmd.app.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class SummaryTest {

  @Test
  void errorsAndWarningsAreAlwaysCountedAndTheRestOnlyWhenPresent() {
    assertEquals("0 errors, 0 warnings in 0 files", new Summary(0, 0, 0, 0, 0, 0).describe());
    assertEquals("1 error, 1 warning in 1 file", new Summary(1, 0, 1, 1, 0, 0).describe());
    assertEquals(
        "3 errors, 2 warnings, 1 info, 4 hints in 5 files (2 unreadable)",
        new Summary(5, 2, 3, 2, 1, 4).describe());
  }
}
