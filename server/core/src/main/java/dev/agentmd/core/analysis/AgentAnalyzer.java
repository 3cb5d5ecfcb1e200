package dev.agentmd.core.analysis;

import dev.agentmd.core.config.Settings;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.kind.FileKind;
import dev.agentmd.core.rules.Reporter;
import dev.agentmd.core.rules.Rule;
import dev.agentmd.core.rules.RuleCatalog;
import dev.agentmd.core.rules.RuleContext;
import dev.agentmd.core.rules.suppression.UnusedSuppressionRule;
import dev.agentmd.core.schema.KindSchema;
import dev.agentmd.core.suppression.Suppression;
import dev.agentmd.core.suppression.SuppressionFilter;
import dev.agentmd.core.suppression.SuppressionScanner;
import dev.agentmd.core.syntax.FileParser;
import dev.agentmd.core.syntax.ParsedFile;
import dev.agentmd.core.text.Span;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The one entry point of the core: text or bytes in, findings out. The CLI and the language
 * server both call this, so the same file and settings give the same findings in both.
 *
 * <p>Thread-safe and cheap to share: schemas are loaded once, rules are stateless.
 */
public final class AgentAnalyzer {

  private final Map<FileKind, KindSchema> schemas = new EnumMap<>(FileKind.class);
  private final Map<FileKind, List<Rule>> rules = new EnumMap<>(FileKind.class);
  private final Set<String> ruleIds;
  private final UnusedSuppressionRule unusedSuppression = new UnusedSuppressionRule();

  private AgentAnalyzer() {
    for (FileKind kind : FileKind.values()) {
      schemas.put(kind, KindSchema.load(kind.schemaResource()));
      rules.put(kind, RuleCatalog.forKind(kind));
    }
    this.ruleIds = Set.copyOf(RuleCatalog.all().keySet());
  }

  public static AgentAnalyzer create() {
    return new AgentAnalyzer();
  }

  public KindSchema schema(FileKind kind) {
    return schemas.get(kind);
  }

  /** Parses without checking, for editor features that only need the tree. */
  public ParsedFile parse(SourceDocument document, FileKind kind) {
    KindSchema schema = schemas.get(kind);
    if (document.text().isPresent()) {
      return FileParser.parse(document.text().get(), schema::isProperty);
    }
    return FileParser.parse(document.bytes().orElse(new byte[0]), schema::isProperty);
  }

  public AnalysisResult analyze(SourceDocument document, FileKind kind, Settings settings) {
    ParsedFile file = parse(document, kind);
    RuleContext context = new RuleContext(file, document.path(), kind, schemas.get(kind), settings);
    List<Finding> findings = new ArrayList<>();
    for (Rule rule : rules.get(kind)) {
      Optional<Severity> configured = settings.severity(rule.id(), rule.defaultSeverity());
      if (configured.isEmpty()) {
        continue;
      }
      CollectingReporter reporter = new CollectingReporter(rule, settings, findings);
      try {
        rule.check(context, reporter);
      } catch (RuntimeException | StackOverflowError e) {
        // One failing rule must not hide the others' findings (nor crash an editor session).
        findings.add(
            new Finding(
                RuleCatalog.INTERNAL_ERROR,
                Severity.ERROR,
                "Internal error in rule " + rule.id() + ": " + e
                    + ". Please report this with the file that caused it.",
                context.frontmatterAnchor(),
                List.of()));
      }
    }
    List<Finding> result = applySuppressions(file, settings, findings);
    Collections.sort(result);
    return new AnalysisResult(file, result);
  }

  /**
   * Hides what the file's suppression comments cover, after every rule ran, and reports the
   * suppressions that hid nothing ({@code suppression/unused}), which a suppression of that rule
   * may hide in turn. Files without the word {@code agentmd-disable} cost one text search.
   */
  private List<Finding> applySuppressions(ParsedFile file, Settings settings, List<Finding> findings) {
    List<Suppression> suppressions = SuppressionScanner.scan(file);
    if (suppressions.isEmpty()) {
      return findings;
    }
    SuppressionFilter.Outcome outcome = SuppressionFilter.apply(findings, suppressions, file.lines());
    List<Finding> kept = new ArrayList<>(outcome.kept());
    if (settings.severity(unusedSuppression.id(), unusedSuppression.defaultSeverity()).isPresent()) {
      List<Finding> unused = new ArrayList<>();
      unusedSuppression.reportUnused(
          suppressions,
          outcome.unused(),
          ruleIds,
          id -> settings.ruleLevels().get(id) == Settings.RuleLevel.OFF,
          new CollectingReporter(unusedSuppression, settings, unused));
      kept.addAll(SuppressionFilter.apply(unused, suppressions, file.lines()).kept());
    }
    return kept;
  }

  /** Applies the configured severity to each finding as it is reported. */
  private static final class CollectingReporter implements Reporter {
    private final Rule rule;
    private final Settings settings;
    private final List<Finding> out;

    CollectingReporter(Rule rule, Settings settings, List<Finding> out) {
      this.rule = rule;
      this.settings = settings;
      this.out = out;
    }

    @Override
    public void report(Span span, String message, List<Fix> fixes) {
      report(rule.defaultSeverity(), span, message, fixes);
    }

    @Override
    public void report(Severity severity, Span span, String message, List<Fix> fixes) {
      Optional<Severity> effective =
          settings.ruleLevels().containsKey(rule.id())
              ? settings.severity(rule.id(), severity)
              : Optional.of(severity);
      effective.ifPresent(s -> out.add(new Finding(rule.id(), s, message, span, fixes)));
    }
  }
}
