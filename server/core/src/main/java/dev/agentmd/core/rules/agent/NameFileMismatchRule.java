package dev.agentmd.core.rules.agent;

import dev.agentmd.core.finding.Fix;
import dev.agentmd.core.finding.Severity;
import dev.agentmd.core.rules.Reporter;
import dev.agentmd.core.rules.Rule;
import dev.agentmd.core.rules.RuleContext;
import dev.agentmd.core.yaml.YamlQuoting;
import dev.agentmd.core.yaml.YamlScalar;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * An agent's `name` should match its file name.
 *
 * <p>Claude Code identifies a subagent by {@code name} alone, so a file whose name differs is hard
 * to find from the agent's name, and two files claiming one name shadow each other silently. Two
 * fixes: set {@code name} to the file name, or rename the file after {@code name} (offered only
 * when {@code name} can be a file name on every common file system). Deliberate layouts pass: a
 * name that ends with {@code -<file name>} (a namespace prefix), and a name equal to the folder of
 * a folder-per-agent layout ({@code api-developer/agent.md}).
 */
public final class NameFileMismatchRule implements Rule {

  private static final String SUFFIX = ".md";

  @Override
  public String id() {
    return "agent/name-file-mismatch";
  }

  @Override
  public Severity defaultSeverity() {
    return Severity.WARNING;
  }

  @Override
  public String summary() {
    return "An agent's `name` should match its file name.";
  }

  @Override
  public void check(RuleContext context, Reporter reporter) {
    if (context.path().isEmpty() || context.path().get().getFileName() == null) {
      return;
    }
    String fileName = context.path().get().getFileName().toString();
    if (!fileName.toLowerCase(Locale.ROOT).endsWith(SUFFIX) || fileName.length() == SUFFIX.length()) {
      return;
    }
    String stem = fileName.substring(0, fileName.length() - SUFFIX.length());
    if (!(context.value("name").orElse(null) instanceof YamlScalar name)
        || !name.isString()
        || name.value().isBlank()
        || matches(name.value(), stem, context.path().get().getParent())) {
      return;
    }
    List<Fix> fixes = new ArrayList<>();
    fixes.add(
        Fix.replace("Set `name` to `" + stem + "`", name.span(), YamlQuoting.like(name, stem), false));
    if (isFileName(name.value())) {
      fixes.add(Fix.renameFile("Rename the file to `" + name.value() + SUFFIX + "`", name.value() + SUFFIX));
    }
    reporter.report(
        name.span(),
        "`name` is `" + name.value() + "` but the file is `" + fileName + "`. Claude Code knows the"
            + " agent only by `name`, so the file is hard to find from it; make the two match.",
        fixes);
  }

  /**
   * The name matches the file name, ends with it after a namespace prefix ({@code
   * backend-test-automator} in {@code test-automator.md}), or names the folder of a folder-per-agent
   * layout ({@code api-developer/agent.md}).
   */
  private static boolean matches(String name, String stem, Path folder) {
    if (name.equals(stem) || name.endsWith("-" + stem)) {
      return true;
    }
    return folder != null && folder.getFileName() != null && folder.getFileName().toString().equals(name);
  }

  /** A name that makes a valid file name on Linux, macOS and Windows. */
  private static boolean isFileName(String name) {
    if (name.isBlank() || !name.strip().equals(name) || name.equals(".") || name.equals("..") || name.endsWith(".")) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (c < 0x20 || "/\\:*?\"<>|".indexOf(c) >= 0) {
        return false;
      }
    }
    return Path.of(name).getNameCount() == 1;
  }
}
