package dev.agentmd.core.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.agentmd.core.config.Settings.RuleLevel;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.text.LineMap;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ConfigReaderTest {

  private static final Path FILE = Path.of("/p/.agentmd.yaml");

  static ProjectConfig read(String text) {
    return ConfigReader.read(FILE, text.getBytes(StandardCharsets.UTF_8));
  }

  /** Each problem as {@code line:column text-at-span message}, 1-based, for readable asserts. */
  static List<String> problems(ProjectConfig config) {
    LineMap lines = config.lines();
    return config.problems().stream()
        .map(f -> {
          LineMap.Position p = lines.position(f.span().start(), LineMap.ColumnUnit.UTF16);
          return (p.line() + 1) + ":" + (p.column() + 1) + " " + f.span().textOf(lines.text()) + " | " + f.message();
        })
        .toList();
  }

  @Test
  void everySectionIsRead() {
    ProjectConfig config =
        read(
            """
            # Project settings for agentmd.
            rules:
              schema/unknown-key: off
              yaml/strict-incompatible: Info
            tools:
              extra: [mcp__github__search, LookupTicket]
            models:
              extra:
                - my-model
            files:
              include: [prompts/*.md]
              exclude:
                - drafts
                - .claude/agents/old/**
            """);
    assertEquals(List.of(), problems(config));
    assertEquals(
        Map.of("schema/unknown-key", RuleLevel.OFF, "yaml/strict-incompatible", RuleLevel.INFO),
        config.settings().ruleLevels());
    assertEquals(Set.of("mcp__github__search", "LookupTicket"), config.settings().extraTools());
    assertEquals(Set.of("my-model"), config.settings().extraModels());
    assertTrue(config.includes(Path.of("/p/prompts/a.md")));
    assertFalse(config.includes(Path.of("/p/sub/prompts/a.md")));
    assertTrue(config.excludes(Path.of("/p/x/drafts/a.md")));
    assertTrue(config.excludes(Path.of("/p/.claude/agents/old/team/a.md")));
    assertFalse(config.excludes(Path.of("/p/sub/.claude/agents/old/a.md")));
    assertFalse(config.excludes(Path.of("/p/.claude/agents/a.md")));
  }

  @Test
  void anEmptyFileIsTheDefaults() {
    for (String text : List.of("", "# nothing yet\n", "---\n")) {
      ProjectConfig config = read(text);
      assertEquals(List.of(), problems(config), text);
      assertEquals(Settings.DEFAULTS, config.settings());
    }
  }

  @Test
  void badPartsAreFindingsAtTheirPlaceAndTheRestApplies() {
    ProjectConfig config =
        read(
            """
            rules:
              schema/unknown-kee: off
              yaml/syntax: loud
              schema/type: hint
              tools/unknown:
            tool:
              extra: [A]
            models:
              extra: my-model
              others: [x]
            files:
              include: ["{unclosed", ok/*.md, 5, ""]
            """);
    assertEquals(
        List.of(
            "2:3 schema/unknown-kee | Unknown rule `schema/unknown-kee`; did you mean `schema/unknown-key`? `agentmd check --list-rules` lists every rule.",
            "3:16 loud | The level of `yaml/syntax` must be off, hint, info, warning or error, not `loud`.",
            "5:3 tools/unknown | The level of `tools/unknown` must be off, hint, info, warning or error, not empty (null).",
            "6:1 tool | Unknown key `tool`; it is ignored. Did you mean `tools`?",
            "9:10 my-model | `models.extra` must be a list, such as `[a, b]` or one `- item` per line, not a string.",
            "10:3 others | Unknown key `models.others`; it is ignored. Known keys: `extra`.",
            "12:13 \"{unclosed\" | `{unclosed` is not a valid glob: unbalanced '{' in glob {unclosed.",
            "12:35 5 | Each entry of `files.include` must be a non-empty text, not an integer.",
            "12:38 \"\" | Each entry of `files.include` must be a non-empty text, not a string."),
        problems(config));
    assertTrue(config.problems().stream().allMatch(f -> f.ruleId().equals("config/invalid") && f.severity() == Severity.ERROR));
    assertEquals(Map.of("schema/type", RuleLevel.HINT), config.settings().ruleLevels());
    assertEquals(1, config.include().size());
  }

  @Test
  void aSyntaxErrorCostsOnlyItsSection() {
    ProjectConfig config =
        read(
            """
            rules:
              schema/type: [off
            models:
              extra: [my-model]
            """);
    assertEquals(1, config.problems().size(), problems(config).toString());
    Finding problem = config.problems().get(0);
    assertTrue(problem.message().startsWith("YAML syntax error"), problem.message());
    assertEquals(Set.of("my-model"), config.settings().extraModels());
  }

  @Test
  void aConfigThatIsNotAMappingIsOneFinding() {
    assertEquals(
        List.of("1:1 - rules | The config must be a mapping with the keys `rules`, `tools`, `models` and `files`, not a list."),
        problems(read("- rules\n")));
  }

  @Test
  void repeatedKeysAreReported() {
    ProjectConfig config = read("rules:\n  yaml/syntax: off\n  yaml/syntax: error\n");
    assertEquals(List.of("3:3 yaml/syntax | `yaml/syntax` appears twice in this mapping; only the first is used."), problems(config));
    assertEquals(Map.of("yaml/syntax", RuleLevel.OFF), config.settings().ruleLevels());
  }

  @Test
  void invalidUtf8IsAFinding() {
    byte[] bytes = {'r', 'u', 'l', 'e', 's', ':', ' ', (byte) 0xFF, '\n'};
    ProjectConfig config = ConfigReader.read(FILE, bytes);
    assertTrue(problems(config).get(0).contains("not valid UTF-8"), problems(config).toString());
  }
}
