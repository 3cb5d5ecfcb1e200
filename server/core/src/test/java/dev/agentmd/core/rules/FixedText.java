package dev.agentmd.core.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.finding.Edit;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.finding.Fix;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Applies a finding's fix to the analysed text, so a test can state the text it gives. */
public final class FixedText {

  private FixedText() {}

  /** The text after applying the text edits of {@code fix} (renames are ignored). */
  public static String apply(String text, Fix fix) {
    List<Edit.Replace> edits = new ArrayList<>();
    for (Edit edit : fix.edits()) {
      if (edit instanceof Edit.Replace replace) {
        edits.add(replace);
      }
    }
    edits.sort(Comparator.comparingInt((Edit.Replace r) -> r.span().start()).reversed());
    StringBuilder out = new StringBuilder(text);
    for (Edit.Replace edit : edits) {
      out.replace(edit.span().start(), edit.span().end(), edit.newText());
    }
    return out.toString();
  }

  /** The only finding of {@code ruleId}. */
  public static Finding only(AnalysisResult result, String ruleId) {
    List<Finding> found = result.findings().stream().filter(f -> f.ruleId().equals(ruleId)).toList();
    assertEquals(1, found.size(), () -> "findings of " + ruleId + ": " + found);
    return found.get(0);
  }

  /** The text after the first fix of the only finding of {@code ruleId}. */
  public static String afterFirstFix(AnalysisResult result, String ruleId) {
    Finding finding = only(result, ruleId);
    assertEquals(false, finding.fixes().isEmpty(), () -> "no fix on " + finding);
    return apply(result.file().text(), finding.fixes().get(0));
  }
}
