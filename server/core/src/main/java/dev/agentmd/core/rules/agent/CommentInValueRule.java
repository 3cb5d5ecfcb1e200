package dev.agentmd.core.rules.agent;

import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.Reporter;
import dev.agentmd.core.rules.Rule;
import dev.agentmd.core.rules.RuleContext;
import dev.agentmd.core.text.Span;
import dev.agentmd.core.yaml.ScalarStyle;
import dev.agentmd.core.yaml.YamlEntry;
import dev.agentmd.core.yaml.YamlMapping;
import dev.agentmd.core.yaml.YamlNode;
import dev.agentmd.core.yaml.YamlQuoting;
import dev.agentmd.core.yaml.YamlScalar;
import dev.agentmd.core.yaml.YamlSequence;
import java.util.ArrayDeque;
import java.util.Collections;
import java.util.Deque;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A ` #` inside an unquoted value starts a YAML comment and cuts the value short.
 *
 * <p>Only a {@code #} directly followed by text is reported ({@code Fixes issue #12}): with a space
 * after it ({@code model: sonnet # fast}) it reads as a deliberate comment. Only plain values on the
 * key's own line are checked, at any depth; a value Claude Code reads leniently (the raw rest of the
 * line) keeps its {@code #} and is not affected.
 */
public final class CommentInValueRule implements Rule {

  @Override
  public String id() {
    return "yaml/comment-in-value";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "A ` #` inside an unquoted value starts a YAML comment and cuts the value short.";
  }

  @Override
  public void check(RuleContext context, Reporter reporter) {
    if (context.root().isEmpty()) {
      return;
    }
    String text = context.text();
    Deque<YamlNode> pending = new ArrayDeque<>();
    Set<YamlNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    pending.push(context.root().get());
    while (!pending.isEmpty()) {
      YamlNode node = pending.pop();
      if (!seen.add(node)) {
        continue;
      }
      if (node instanceof YamlMapping mapping) {
        for (YamlEntry entry : mapping.entries()) {
          if (!mapping.flow()) {
            check(text, entry, reporter);
          }
          pending.push(entry.value());
        }
      } else if (node instanceof YamlSequence sequence) {
        sequence.items().forEach(pending::push);
      }
    }
  }

  private static void check(String text, YamlEntry entry, Reporter reporter) {
    if (!(entry.value() instanceof YamlScalar value) || value.style() != ScalarStyle.PLAIN) {
      return;
    }
    int keyStart = entry.key().span().start();
    int end = value.span().end();
    if (end > text.length() || hasLineBreak(text, keyStart, end)) {
      return;
    }
    int hash = end;
    while (hash < text.length() && (text.charAt(hash) == ' ' || text.charAt(hash) == '\t')) {
      hash++;
    }
    if (hash == end && !value.isNull()
        || hash >= text.length() - 1
        || text.charAt(hash) != '#'
        || " \t\r\n".indexOf(text.charAt(hash + 1)) >= 0
        || hash == 0
        || " \t".indexOf(text.charAt(hash - 1)) < 0) {
      return;
    }
    int lineEnd = hash;
    while (lineEnd < text.length() && text.charAt(lineEnd) != '\n' && text.charAt(lineEnd) != '\r') {
      lineEnd++;
    }
    while (text.charAt(lineEnd - 1) == ' ' || text.charAt(lineEnd - 1) == '\t') {
      lineEnd--;
    }
    String key = entry.keyText().orElse("value");
    int valueStart = value.isNull() ? hash : value.span().start();
    Span comment = Span.of(hash, lineEnd);
    String what = value.isNull() ? "empty" : "`" + value.value() + "`";
    reporter.report(
        comment,
        "YAML reads `" + comment.textOf(text) + "` as a comment, so `" + key + "` is " + what
            + ". Quote the whole value to keep the text after `#`.",
        List.of(
            Fix.replace(
                "Quote the value, including `" + comment.textOf(text) + "`",
                Span.of(valueStart, lineEnd),
                YamlQuoting.singleQuoted(text.substring(valueStart, lineEnd)),
                false)));
  }

  private static boolean hasLineBreak(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (text.charAt(i) == '\n' || text.charAt(i) == '\r') {
        return true;
      }
    }
    return false;
  }
}
