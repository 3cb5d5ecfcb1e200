package dev.agentmd.core.rules;

import dev.agentmd.core.finding.Severity;

/**
 * One check with a stable id. Ids are public API (settings keys, suppression comments, SARIF rule
 * ids): never rename one. Every rule has a section in {@code docs/rules.md} with a bad and a good
 * example, which a test runs.
 */
public interface Rule {

  /** Stable kebab-case id, {@code group/name}. */
  String id();

  Severity defaultSeverity();

  /** One sentence for the rule reference, SARIF and editor hovers. */
  String summary();

  void check(RuleContext context, Reporter reporter);
}
