package dev.agentmd.core.rules.example;

import dev.agentmd.core.examples.DescriptionExamples;
import dev.agentmd.core.examples.ExampleBlock;
import dev.agentmd.core.examples.LogicalText;
import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.Reporter;
import dev.agentmd.core.rules.Rule;
import dev.agentmd.core.rules.RuleContext;
import dev.agentmd.core.text.Span;
import dev.agentmd.core.yaml.ScalarStyle;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A description with examples should not be a folded block (`>`), which joins the lines of its
 * examples.
 *
 * <p>In a folded block scalar YAML joins lines that are not separated by an empty line with a
 * space, so {@code Context:}, {@code user:} and {@code assistant:} lines run together into one
 * line the model reads as prose. A literal block ({@code |}) keeps every line. The finding is on
 * the {@code >} indicator; the fix turns it into {@code |} and changes nothing else (chomping and
 * indentation indicators stay).
 */
public final class FoldedDescriptionRule implements Rule {

  /** What starts a line of an example: a label, a tag or a pseudo-action. */
  private static final Pattern LINE_START =
      Pattern.compile("(?i:user|assistant|human|claude|context)\\s*:|</?(?i:example|commentary)>|<[A-Za-z]");

  @Override
  public String id() {
    return "example/folded-description";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "A description with examples should not be a folded block (`>`), which joins the lines of"
        + " its examples.";
  }

  @Override
  public void check(RuleContext context, Reporter reporter) {
    ExampleFacts.of(context)
        .filter(examples -> examples.description().style() == ScalarStyle.FOLDED && !examples.blocks().isEmpty())
        .filter(FoldedDescriptionRule::joinsExampleLines)
        .ifPresent(examples -> {
          Span indicator = Span.of(examples.description().span().start(), examples.description().span().start() + 1);
          reporter.report(
              indicator,
              "This folded description (`>`) joins the lines of its examples into one line, so the"
                  + " model no longer sees separate `Context:`, `user:` and `assistant:` lines. Use a"
                  + " literal block (`|`), which keeps every line.",
              List.of(Fix.replace("Use a literal block (`|`)", indicator, "|", true)));
        });
  }

  /** True when some example line starts a source line but folding joined it to the line before. */
  private static boolean joinsExampleLines(DescriptionExamples examples) {
    LogicalText text = examples.text();
    String chars = text.text();
    for (ExampleBlock block : examples.blocks()) {
      int fold = text.nextFold(Math.max(0, block.from() - 1));
      while (fold >= 0 && fold < block.to()) {
        if (LINE_START.matcher(chars).region(fold + 1, chars.length()).lookingAt()) {
          return true;
        }
        fold = text.nextFold(fold + 1);
      }
    }
    return false;
  }
}
