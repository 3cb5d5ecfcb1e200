package dev.agentmd.app.report;

import com.google.gson.stream.JsonWriter;
import dev.agentmd.core.rules.Rule;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.Collection;

/** {@code check --list-rules}: every rule's id, default severity and summary, as text or JSON. */
public final class RuleListing {

  private RuleListing() {}

  /** Aligned columns: id, default severity, summary. */
  public static void text(Collection<Rule> rules, PrintWriter out) {
    int width = 0;
    for (Rule rule : rules) {
      width = Math.max(width, rule.id().length());
    }
    for (Rule rule : rules) {
      out.println(
          pad(rule.id(), width) + "  " + pad(rule.defaultSeverity().id(), "warning".length()) + "  " + rule.summary());
    }
    out.flush();
  }

  /** {@code {"version": 1, "rules": [{"id", "defaultSeverity", "summary"}]}}. */
  public static void json(Collection<Rule> rules, PrintWriter out) {
    try {
      JsonWriter json = JsonReporter.writer(out);
      json.beginObject();
      json.name("version").value(JsonReporter.FORMAT_VERSION);
      json.name("rules").beginArray();
      for (Rule rule : rules) {
        json.beginObject();
        json.name("id").value(rule.id());
        json.name("defaultSeverity").value(rule.defaultSeverity().id());
        json.name("summary").value(rule.summary());
        json.endObject();
      }
      json.endArray();
      json.endObject();
      json.flush();
      out.println();
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String pad(String text, int width) {
    return text.length() >= width ? text : text + " ".repeat(width - text.length());
  }
}
