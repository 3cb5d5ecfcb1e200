package dev.agentmd.core.rules;

import dev.agentmd.core.kind.FileKind;
import dev.agentmd.core.rules.agent.CommentInValueRule;
import dev.agentmd.core.rules.agent.EmptyBodyRule;
import dev.agentmd.core.rules.agent.IgnoredMatcherRule;
import dev.agentmd.core.rules.agent.IndicatorValueRule;
import dev.agentmd.core.rules.agent.ModelRule;
import dev.agentmd.core.rules.agent.NameFileMismatchRule;
import dev.agentmd.core.rules.example.CommentaryOutsideRule;
import dev.agentmd.core.rules.example.CommentaryUnclosedRule;
import dev.agentmd.core.rules.example.EmptyExampleRule;
import dev.agentmd.core.rules.example.FoldedDescriptionRule;
import dev.agentmd.core.rules.example.MalformedTagRule;
import dev.agentmd.core.rules.example.MissingAssistantRule;
import dev.agentmd.core.rules.example.MissingUserRule;
import dev.agentmd.core.rules.example.NestedExampleRule;
import dev.agentmd.core.rules.example.SpeakerLabelRule;
import dev.agentmd.core.rules.example.UnclosedExampleRule;
import dev.agentmd.core.rules.example.UnopenedTagRule;
import dev.agentmd.core.rules.example.WrongAgentRule;
import dev.agentmd.core.rules.reading.BinaryFileRule;
import dev.agentmd.core.rules.reading.DuplicateKeyRule;
import dev.agentmd.core.rules.reading.FrontmatterNotMappingRule;
import dev.agentmd.core.rules.reading.InvalidEncodingRule;
import dev.agentmd.core.rules.reading.MissingFrontmatterRule;
import dev.agentmd.core.rules.reading.StrictYamlIncompatibleRule;
import dev.agentmd.core.rules.reading.UnclosedFrontmatterRule;
import dev.agentmd.core.rules.reading.YamlSyntaxRule;
import dev.agentmd.core.rules.reading.YamlTooComplexRule;
import dev.agentmd.core.rules.schema.EmptyValueRule;
import dev.agentmd.core.rules.schema.RequiredKeyRule;
import dev.agentmd.core.rules.schema.UnknownKeyRule;
import dev.agentmd.core.rules.schema.UnknownValueRule;
import dev.agentmd.core.rules.schema.ValueFormatRule;
import dev.agentmd.core.rules.schema.ValueRangeRule;
import dev.agentmd.core.rules.schema.ValueShapeRule;
import dev.agentmd.core.rules.schema.ValueTypeRule;
import dev.agentmd.core.rules.suppression.UnusedSuppressionRule;
import dev.agentmd.core.rules.tools.RetiredToolRule;
import dev.agentmd.core.rules.tools.ToolSyntaxRule;
import dev.agentmd.core.rules.tools.UnavailableToolRule;
import dev.agentmd.core.rules.tools.UnknownToolRule;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Which rules run for which file kind. The one place a new rule is registered. */
public final class RuleCatalog {

  /** The id of findings that report a rule which threw; not a rule itself. */
  public static final String INTERNAL_ERROR = "internal/error";

  private static final List<Rule> READING =
      List.of(
          new BinaryFileRule(),
          new InvalidEncodingRule(),
          new MissingFrontmatterRule(),
          new UnclosedFrontmatterRule(),
          new FrontmatterNotMappingRule(),
          new YamlSyntaxRule(),
          new YamlTooComplexRule(),
          new StrictYamlIncompatibleRule(),
          new DuplicateKeyRule());

  private static final List<Rule> SCHEMA =
      List.of(
          new RequiredKeyRule(),
          new ValueTypeRule(),
          new EmptyValueRule(),
          new UnknownValueRule(),
          new ValueFormatRule(),
          new ValueRangeRule(),
          new UnknownKeyRule(),
          new ValueShapeRule());

  /** Rules about agentmd's own comments in a file; they apply to every kind. */
  private static final List<Rule> SUPPRESSION = List.of(new UnusedSuppressionRule());

  private static final List<Rule> CLAUDE_AGENT =
      List.of(
          new ModelRule(),
          new NameFileMismatchRule(),
          new ToolSyntaxRule(),
          new UnknownToolRule(),
          new RetiredToolRule(),
          new UnavailableToolRule(),
          new CommentInValueRule(),
          new IndicatorValueRule(),
          new EmptyBodyRule(),
          new IgnoredMatcherRule(),
          new UnclosedExampleRule(),
          new UnopenedTagRule(),
          new NestedExampleRule(),
          new MalformedTagRule(),
          new CommentaryUnclosedRule(),
          new CommentaryOutsideRule(),
          new EmptyExampleRule(),
          new MissingUserRule(),
          new MissingAssistantRule(),
          new SpeakerLabelRule(),
          new WrongAgentRule(),
          new FoldedDescriptionRule());

  private RuleCatalog() {}

  public static List<Rule> forKind(FileKind kind) {
    List<Rule> rules = new ArrayList<>(READING);
    rules.addAll(SCHEMA);
    rules.addAll(
        switch (kind) {
          case CLAUDE_AGENT -> CLAUDE_AGENT;
        });
    rules.addAll(SUPPRESSION);
    return List.copyOf(rules);
  }

  /** Every rule of every kind, once, by id. */
  public static Map<String, Rule> all() {
    Map<String, Rule> byId = new LinkedHashMap<>();
    for (FileKind kind : FileKind.values()) {
      for (Rule rule : forKind(kind)) {
        byId.putIfAbsent(rule.id(), rule);
      }
    }
    return byId;
  }
}
