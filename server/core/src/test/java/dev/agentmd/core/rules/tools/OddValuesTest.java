package dev.agentmd.core.rules.tools;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentmd.core.rules.RuleCatalog;
import dev.agentmd.core.testing.Fixture;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Odd values never make the tools, model or YAML rules fail. */
class OddValuesTest {

  @ParameterizedTest
  @ValueSource(
      strings = {
        "tools: ,",
        "tools: ','",
        "tools: \"(\"",
        "tools: ')'",
        "tools: \"()\"",
        "tools: \"mcp__\"",
        "tools: \"mcp_____\"",
        "tools: '\"'",
        "tools: \"\\U0001F680(,\"",
        "tools: [\"\", ' ', '*', '**']",
        "tools: [[Read], {a: b}, 5, ~]",
        "tools: |\n  Read,\n  LS,",
        "tools: \"Read,\\\n  LS\"",
        "disallowedTools: \"  ,  ,  \"",
        "model: \"-\"",
        "model: \"\"",
        "model: '   '",
        "model: \"claude-\"",
        "model: Claude",
        "model: \"claude----\"",
        "model: \"/\"",
        "model: {a: b}",
        "model:\n  - sonnet",
        "model: \"tools: x\"",
        "model: sonnettools: Read",
        "description: x #",
        "description: #",
        "hooks: {Stop: [{matcher: [a]}, 5, {matcher: ~}]}",
        "hooks: [Stop]",
      })
  void anOddValueGivesFindingsButNoInternalError(String entry) {
    String text = "---\nname: reviewer\ndescription: Reviews code.\n" + entry + "\n---\nBody.\n";
    List<String> internal =
        Fixture.of(text).analyze().findings().stream()
            .filter(f -> f.ruleId().equals(RuleCatalog.INTERNAL_ERROR))
            .map(f -> f.message())
            .toList();
    assertEquals(List.of(), internal);
  }
}
