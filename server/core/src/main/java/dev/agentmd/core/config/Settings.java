package dev.agentmd.core.config;

import dev.agentmd.core.finding.Severity;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The user's choices, parsed once and immutable: per-rule levels and extra vocabulary. The CLI and
 * the language server build the same value, so the same file gets the same findings in both.
 *
 * @param ruleLevels rule id to level; a rule missing here keeps its default severity
 * @param extraTools tool names to accept besides the built-ins (for example MCP tools)
 * @param extraModels model names to accept besides the aliases and {@code claude-*} ids
 */
public record Settings(Map<String, RuleLevel> ruleLevels, Set<String> extraTools, Set<String> extraModels) {

  public static final Settings DEFAULTS = new Settings(Map.of(), Set.of(), Set.of());

  public Settings {
    ruleLevels = Map.copyOf(ruleLevels);
    extraTools = Set.copyOf(extraTools);
    extraModels = Set.copyOf(extraModels);
  }

  /**
   * These settings with {@code top} laid over them: a rule level in {@code top} wins over the one
   * here; extra tools and models are combined, since each list only ever adds words.
   */
  public Settings overriddenBy(Settings top) {
    // Not equals(): a record's equals is bootstrapped through invokedynamic, which costs a
    // single-file run several milliseconds of start-up.
    if (top.isEmpty()) {
      return this;
    }
    if (isEmpty()) {
      return top;
    }
    Map<String, RuleLevel> levels = new HashMap<>(ruleLevels);
    levels.putAll(top.ruleLevels);
    Set<String> tools = new HashSet<>(extraTools);
    tools.addAll(top.extraTools);
    Set<String> models = new HashSet<>(extraModels);
    models.addAll(top.extraModels);
    return new Settings(levels, tools, models);
  }

  /** True when nothing is set: every rule at its default level, no extra words. */
  public boolean isEmpty() {
    return ruleLevels.isEmpty() && extraTools.isEmpty() && extraModels.isEmpty();
  }

  /** The severity to report a rule's finding with, or empty when the rule is off. */
  public Optional<Severity> severity(String ruleId, Severity defaultSeverity) {
    RuleLevel level = ruleLevels.get(ruleId);
    return level == null ? Optional.of(defaultSeverity) : level.severity();
  }

  /** A rule's configured level: off, or a severity. */
  public enum RuleLevel {
    OFF,
    HINT,
    INFO,
    WARNING,
    ERROR;

    public Optional<Severity> severity() {
      return this == OFF ? Optional.empty() : Severity.parse(name());
    }

    public static Optional<RuleLevel> parse(String text) {
      if (text != null && text.trim().equalsIgnoreCase("off")) {
        return Optional.of(OFF);
      }
      return Severity.parse(text).map(severity -> valueOf(severity.name()));
    }
  }
}
