package dev.agentmd.core.syntax;

import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.text.LineMap;
import dev.agentmd.core.text.Span;
import dev.agentmd.core.yaml.YamlEntry;
import dev.agentmd.core.yaml.YamlMapping;
import dev.agentmd.core.yaml.YamlNode;
import dev.agentmd.core.yaml.YamlSequence;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.Collections;

/** Reports keys that appear twice in one mapping; Claude Code's YAML parser rejects them. */
final class DuplicateKeys {

  private DuplicateKeys() {}

  static void report(String text, YamlMapping root, List<SyntaxProblem> problems) {
    LineMap[] lines = new LineMap[1];
    Deque<YamlNode> pending = new ArrayDeque<>();
    Set<YamlNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    pending.push(root);
    while (!pending.isEmpty()) {
      YamlNode node = pending.pop();
      if (!seen.add(node)) {
        continue;
      }
      if (node instanceof YamlMapping mapping) {
        Map<String, YamlEntry> first = new HashMap<>();
        for (YamlEntry entry : mapping.entries()) {
          entry.keyText()
              .ifPresent(
                  key -> {
                    YamlEntry earlier = first.putIfAbsent(key, entry);
                    if (earlier != null) {
                      if (lines[0] == null) {
                        lines[0] = new LineMap(text);
                      }
                      problems.add(duplicate(lines[0], key, earlier, entry));
                    }
                  });
          pending.push(entry.value());
        }
      } else if (node instanceof YamlSequence sequence) {
        sequence.items().forEach(pending::push);
      }
    }
  }

  private static SyntaxProblem duplicate(LineMap lines, String key, YamlEntry earlier, YamlEntry later) {
    int line = lines.lineOf(earlier.key().span().start()) + 1;
    Span keySpan = later.key().span();
    return new SyntaxProblem(
        SyntaxProblem.Kind.YAML_DUPLICATE_KEY,
        "Duplicate key `" + key + "` (first on line " + line + "). Claude Code's YAML parser rejects"
            + " duplicate keys and skips the agent.",
        keySpan,
        List.<Fix>of());
  }
}
