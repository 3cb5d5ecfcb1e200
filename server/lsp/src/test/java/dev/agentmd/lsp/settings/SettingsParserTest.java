package dev.agentmd.lsp.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonParser;
import dev.agentmd.core.config.Settings.RuleLevel;
import dev.agentmd.core.kind.FileKind;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SettingsParserTest {

  static SettingsParser.Parsed parse(String json) {
    return SettingsParser.parse(JsonParser.parseString(json));
  }

  @Test
  void everySettingIsRead() {
    SettingsParser.Parsed parsed =
        parse(
            """
            {"rules": {"schema/unknown-key": "off", "yaml/syntax": "Warning"},
             "tools": {"extra": ["mcp__github__search"]},
             "models": {"extra": ["my-model"]},
             "files": {"include": ["**/prompts/*.md"], "exclude": ["**/prompts/draft-*.md"]}}
            """);
    assertEquals(List.of(), parsed.warnings());
    ServerSettings settings = parsed.settings();
    assertEquals(Map.of("schema/unknown-key", RuleLevel.OFF, "yaml/syntax", RuleLevel.WARNING), settings.analysis().ruleLevels());
    assertEquals(Set.of("mcp__github__search"), settings.analysis().extraTools());
    assertEquals(Set.of("my-model"), settings.analysis().extraModels());
    assertEquals(Optional.of(FileKind.CLAUDE_AGENT), settings.kindOf(Optional.of(Path.of("/p/prompts/x.md"))));
    assertEquals(Optional.empty(), settings.kindOf(Optional.of(Path.of("/p/prompts/draft-x.md"))));
  }

  @Test
  void badPartsAreWarnedAboutAndTheRestApplies() {
    SettingsParser.Parsed parsed =
        parse(
            """
            {"rules": {"nope/rule": "off", "yaml/syntax": "loud", "schema/unknown-key": 3, "schema/type": "hint"},
             "tools": ["Read"],
             "models": {"extra": "my-model", "other": 1},
             "files": {"include": ["", "ok/*.md", 5]},
             "extra": true}
            """);
    assertEquals(Map.of("schema/type", RuleLevel.HINT), parsed.settings().analysis().ruleLevels());
    assertEquals(1, parsed.settings().include().size());
    List<String> warnings = parsed.warnings();
    for (String expected : List.of("nope/rule", "yaml/syntax", "schema/unknown-key", "agentmd.tools", "agentmd.models.extra", "agentmd.models.other", "empty glob", "ignoring 5", "agentmd.extra")) {
      assertTrue(warnings.stream().anyMatch(w -> w.contains(expected)), expected + " in " + warnings);
    }
    assertEquals(9, warnings.size(), warnings.toString());
  }

  @Test
  void notAnObjectGivesTheDefaults() {
    SettingsParser.Parsed parsed = parse("\"strict\"");
    assertEquals(ServerSettings.DEFAULTS, parsed.settings());
    assertEquals(1, parsed.warnings().size());
  }

  @Test
  void theAgentmdObjectIsFoundInEveryShapeClientsSend() {
    String inner = "{\"rules\": {\"yaml/syntax\": \"off\"}}";
    for (String wrapped : List.of(inner, "{\"agentmd\": " + inner + "}", "{\"settings\": {\"agentmd\": " + inner + "}}")) {
      assertEquals(JsonParser.parseString(inner), SettingsParser.unwrap(JsonParser.parseString(wrapped)).orElseThrow());
    }
    assertEquals(Optional.empty(), SettingsParser.unwrap(null));
    assertEquals(Optional.empty(), SettingsParser.unwrap(JsonParser.parseString("{\"agentmd\": null}")));
  }

  @Test
  void aSettingsTreeWithoutAnAgentmdSectionSaysNothingAboutUs() {
    // eglot sends this on connect; it must not reset what initializationOptions set.
    assertEquals(Optional.empty(), SettingsParser.unwrap(JsonParser.parseString("{\"settings\": {}}")));
    assertEquals(
        Optional.empty(), SettingsParser.unwrap(JsonParser.parseString("{\"settings\": {\"yaml\": {}}}")));
  }
}
