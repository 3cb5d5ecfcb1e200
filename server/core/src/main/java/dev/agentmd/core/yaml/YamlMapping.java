package dev.agentmd.core.yaml;

import dev.agentmd.core.text.Span;
import java.util.List;
import java.util.Optional;

/** A mapping in source order; duplicate keys are kept (a rule reports them). */
public record YamlMapping(List<YamlEntry> entries, boolean flow, Span span) implements YamlNode {

  public YamlMapping {
    entries = List.copyOf(entries);
  }

  /** The first entry with this key; Claude Code fails on duplicates, which a rule reports. */
  public Optional<YamlEntry> entry(String key) {
    for (YamlEntry entry : entries) {
      if (entry.keyText().filter(key::equals).isPresent()) {
        return Optional.of(entry);
      }
    }
    return Optional.empty();
  }

  public Optional<YamlNode> get(String key) {
    return entry(key).map(YamlEntry::value);
  }

  @Override
  public String kindName() {
    return "a mapping";
  }
}
