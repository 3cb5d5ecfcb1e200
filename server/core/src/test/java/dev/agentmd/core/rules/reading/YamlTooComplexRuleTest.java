package dev.agentmd.core.rules.reading;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.testing.Fixture;
import org.junit.jupiter.api.Test;

class YamlTooComplexRuleTest {

  private static String nested(int depth) {
    return "[".repeat(depth) + "Read" + "]".repeat(depth);
  }

  @Test
  void twoHundredNestedListsAreOneErrorAtTheLevelThatCrossesTheLimit() {
    String prefix = "---\nname: reviewer\ndescription: Reviews code.\ntools: ";
    String line = nested(200);
    // The root mapping is the first level, so the 100th `[` opens the 101st.
    String caret = " ".repeat("tools: ".length() + 99) + "^ yaml/too-complex nesting deeper than 100 levels";
    Fixture.of(prefix + line + "\n" + caret + "\n---\nYou review code.\n").check();
  }

  @Test
  void deepNestingWithCrlfLineBreaksGivesTheSameFinding() {
    String caret = " ".repeat("tools: ".length() + 99) + "^ yaml/too-complex";
    Fixture.of("---\nname: reviewer\ndescription: Reviews code.\ntools: " + nested(200) + "\n" + caret + "\n---\nYou review code.\n")
        .crlf()
        .check();
  }

  @Test
  void unclosedDeepNestingIsStillTooComplexRatherThanASyntaxError() {
    String caret = " ".repeat("tools: ".length() + 99) + "^ yaml/too-complex";
    Fixture.of("---\nname: reviewer\ndescription: Reviews code.\ntools: " + "[".repeat(200) + "\n" + caret + "\n---\nYou review code.\n")
        .check();
  }

  @Test
  void ninetyNineNestedListsAreWithinTheLimit() {
    Fixture.of("---\nname: reviewer\ndescription: Reviews code.\ntools: " + nested(99) + "\n---\nYou review code.\n")
        .onlyRules("yaml/too-complex", "yaml/syntax")
        .checkClean();
  }

  @Test
  void anAliasBombIsOneErrorAndNoOtherKeyIsChecked() {
    StringBuilder yaml = new StringBuilder("---\nname: reviewer\ndescription: Reviews code.\nmodle: opus\n");
    yaml.append("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
    for (int i = 1; i < 9; i++) {
      yaml.append("a").append(i).append(": &a").append(i).append(" [");
      for (int j = 0; j < 10; j++) {
        yaml.append(j == 0 ? "" : ", ").append("*a").append(i - 1);
      }
      yaml.append("]\n");
    }
    yaml.append("---\nYou review code.\n");
    AnalysisResult result = Fixture.of(yaml.toString()).analyze();
    assertEquals(1, result.findings().size(), () -> result.findings().toString());
    Finding finding = result.findings().get(0);
    assertEquals("yaml/too-complex", finding.ruleId());
    assertTrue(finding.message().contains("alias expansion"), finding.message());
    assertTrue(finding.span().textOf(result.file().text()).startsWith("*a"), finding.span().toString());
  }

  @Test
  void anchorsAndAliasesOfModestSizeAreFine() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            tools: &read [Read, Grep]
            disallowedTools: *read
            ---
            You review code.
            """)
        .onlyRules("yaml/too-complex", "yaml/syntax")
        .checkClean();
  }
}
