package dev.agentmd.core.rules.agent;

import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.Reporter;
import dev.agentmd.core.rules.Rule;
import dev.agentmd.core.rules.RuleContext;
import dev.agentmd.core.schema.KindSchema;
import dev.agentmd.core.text.DidYouMean;
import dev.agentmd.core.text.Span;
import dev.agentmd.core.yaml.ScalarOffsets;
import dev.agentmd.core.yaml.YamlEntry;
import dev.agentmd.core.yaml.YamlMapping;
import dev.agentmd.core.yaml.YamlQuoting;
import dev.agentmd.core.yaml.YamlScalar;
import dev.agentmd.core.yaml.YamlSequence;
import dev.agentmd.core.yaml.YamlUnreadable;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * `model` should be a model alias such as `sonnet`, a full model id such as `claude-opus-4-8`, or a
 * model listed in the `models.extra` setting.
 *
 * <p>The vocabulary is the schema's: the {@code $defs/modelAlias} enum and the {@code
 * $defs/modelId} and {@code $defs/providerModelId} patterns. The schema marks {@code $defs/model}
 * {@code x-checkedBy} this rule, so the generic schema rules leave {@code model} alone and this rule
 * also reports values that are not text (a flow list or mapping is left to {@code
 * yaml/indicator-value}). Claude Code sends an unknown model to the API as it is, which may reject
 * it; retired ids such as {@code claude-3-opus-20240229} still match the id pattern and pass.
 */
public final class ModelRule implements Rule {

  /** A GitHub Copilot / VS Code model display name, e.g. {@code Claude Sonnet 4.5 (copilot)}. */
  private static final Pattern DISPLAY_NAME =
      Pattern.compile("(?i)claude\\s+([a-z]+)(?:\\s+([0-9][0-9.]*))?(?:\\s*\\(.*\\))?");

  /** The schema's id patterns, compiled once. */
  private static final ConcurrentHashMap<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

  private static final String EMPTY =
      "`model` is empty. Remove the line to inherit the main conversation's model, or name one such as `sonnet`.";

  @Override
  public String id() {
    return "agent/model";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "`model` should be a model alias such as `sonnet`, a full model id such as"
        + " `claude-opus-4-8`, or a model listed in the `models.extra` setting.";
  }

  @Override
  public void check(RuleContext context, Reporter reporter) {
    Optional<YamlEntry> entry = context.root().flatMap(root -> root.entry("model"));
    if (entry.isEmpty() || entry.get().value() instanceof YamlUnreadable) {
      return;
    }
    if (!(entry.get().value() instanceof YamlScalar scalar) || !scalar.isString()) {
      checkNotText(entry.get(), reporter);
      return;
    }
    String value = scalar.value();
    if (value.isBlank()) {
      reporter.report(scalar.span(), EMPTY);
      return;
    }
    Models models = Models.of(context);
    String problem;
    Optional<String> suggestion;
    boolean explained = false;
    Matcher display = DISPLAY_NAME.matcher(value.strip());
    Optional<Integer> glued = gluedKey(value, context.schema().propertyNames(), models);
    if (models.accepts(value)) {
      suggestion = misspeltFamily(value, models);
      if (suggestion.isEmpty()) {
        return;
      }
      problem = "`" + value + "` looks like a model id with a misspelt model family.";
    } else if (display.matches() && DidYouMean.nearest(display.group(1), models.words()).isPresent()) {
      String family = DidYouMean.nearest(display.group(1), models.words()).get();
      String id = "claude-" + family + (display.group(2) == null ? "" : "-" + display.group(2).replace('.', '-'));
      suggestion = Optional.of(family);
      problem = "`" + value + "` is a GitHub Copilot model name; Claude Code expects an alias such as `"
          + family + "` or a full model id such as `" + id + "`.";
      explained = true;
    } else if (glued.isPresent()) {
      reportGluedKey(context, scalar, glued.get(), reporter);
      return;
    } else {
      suggestion = suggest(value, models);
      problem = "Unknown model `" + value + "`.";
    }
    String message = problem
        + (explained ? "" : suggestion.map(s -> " Did you mean `" + s + "`?").orElse("") + " " + models.advice());
    reporter.report(
        scalar.span(),
        message,
        suggestion
            .map(s -> List.of(Fix.replace("Change to `" + s + "`", scalar.span(), YamlQuoting.like(scalar, s), false)))
            .orElse(List.of()));
  }

  /**
   * Where a known key starts inside the value ({@code claude-sonnet-4-20250514tools: Read}), when
   * the text before it is a valid model: a line break went missing.
   */
  private static Optional<Integer> gluedKey(String value, List<String> keys, Models models) {
    for (String key : keys) {
      int at = value.indexOf(key + ": ");
      if (at > 0 && models.accepts(value.substring(0, at))) {
        return Optional.of(at);
      }
    }
    return Optional.empty();
  }

  private static void reportGluedKey(RuleContext context, YamlScalar scalar, int at, Reporter reporter) {
    String value = scalar.value();
    String rest = value.substring(at);
    String key = rest.substring(0, rest.indexOf(':'));
    ScalarOffsets offsets = ScalarOffsets.of(context.text(), scalar);
    String lineBreak = context.text().contains("\r\n") ? "\r\n" : "\n";
    List<Fix> fixes =
        offsets.exact()
            ? List.of(Fix.replace("Start `" + key + "` on its own line", offsets.span(at, at), lineBreak, false))
            : List.of();
    reporter.report(
        scalar.span(),
        "`model` runs on into `" + key + ":`; a line break seems to be missing, so Claude Code reads the"
            + " model `" + value + "` and no `" + key + "`.",
        fixes);
  }

  /** A value that is not text: empty, a number, a boolean or a block list or mapping. */
  private static void checkNotText(YamlEntry entry, Reporter reporter) {
    if (entry.value() instanceof YamlSequence sequence && sequence.flow()
        || entry.value() instanceof YamlMapping mapping && mapping.flow()) {
      return; // yaml/indicator-value explains the `[` or `{`.
    }
    if (entry.value() instanceof YamlScalar scalar && scalar.isNull()) {
      Span where = scalar.span().isEmpty() ? entry.key().span() : scalar.span();
      reporter.report(where, EMPTY);
      return;
    }
    reporter.report(entry.value().span(), "`model` must be a model name such as `sonnet`, not "
        + entry.value().kindName() + ".");
  }

  /** Best-effort guesses, most specific first. */
  private static Optional<String> suggest(String value, Models models) {
    Optional<String> alias = DidYouMean.nearest(value.strip(), models.aliases());
    if (alias.isPresent()) {
      return alias;
    }
    String normalized = value.strip().toLowerCase(Locale.ROOT).replace('_', '-').replace(' ', '-');
    if (models.accepts(normalized)) {
      return Optional.of(normalized);
    }
    // `sonnet-4.5` → `claude-sonnet-4-5`
    String prefixed = "claude-" + normalized.replace('.', '-');
    if (models.words().contains(normalized.split("-", 2)[0]) && models.accepts(prefixed)) {
      return Optional.of(prefixed);
    }
    // OpenCode-style `anthropic/claude-sonnet-4-5`
    int slash = value.lastIndexOf('/');
    if (slash >= 0 && slash + 1 < value.length() && models.accepts(value.substring(slash + 1))) {
      return Optional.of(value.substring(slash + 1));
    }
    return Optional.empty();
  }

  /**
   * A well-formed id whose family word is misspelt ({@code claude-sonet-4-5}): no part of it is an
   * alias word, and one part is near one.
   */
  private static Optional<String> misspeltFamily(String value, Models models) {
    if (!value.startsWith("claude-")) {
      return Optional.empty();
    }
    String[] parts = value.split("-");
    List<String> words = models.words();
    for (String part : parts) {
      if (words.contains(part)) {
        return Optional.empty();
      }
    }
    for (int i = 1; i < parts.length; i++) {
      if (parts[i].matches("[a-z]{3,}")) {
        Optional<String> word = DidYouMean.nearest(parts[i], words);
        if (word.isPresent()) {
          parts[i] = word.get();
          return Optional.of(String.join("-", parts));
        }
      }
    }
    return Optional.empty();
  }

  /** The schema's model vocabulary plus the user's extra models. */
  private record Models(List<String> aliases, List<Pattern> idPatterns, Set<String> extra, String advice) {

    static Models of(RuleContext context) {
      KindSchema schema = context.schema();
      List<Pattern> patterns =
          List.of("modelId", "providerModelId").stream()
              .flatMap(name -> schema.definition(name).flatMap(d -> KindSchema.string(d, "pattern")).stream())
              .map(regex -> PATTERNS.computeIfAbsent(regex, Pattern::compile))
              .toList();
      String advice =
          schema.definition("model")
              .flatMap(d -> KindSchema.string(d, "x-message"))
              .orElse("Use a model alias such as `sonnet` or a full model id such as `claude-opus-4-8`.");
      return new Models(schema.enumValues("modelAlias"), patterns, context.settings().extraModels(), advice);
    }

    /** The aliases that are plain words ({@code sonnet}, {@code opus}, …), as found inside ids. */
    List<String> words() {
      return aliases.stream().filter(a -> a.matches("[a-z]+")).toList();
    }

    boolean accepts(String value) {
      return aliases.contains(value)
          || extra.contains(value)
          || idPatterns.stream().anyMatch(p -> p.matcher(value).find());
    }
  }
}
