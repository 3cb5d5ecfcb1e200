package dev.agentmd.app;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.agentmd.core.rules.RuleCatalog;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The command line around {@code check}: help, version, rule listing, usage errors. */
class MainTest {

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandIo io =
        new CommandIo(
            Path.of("").toAbsolutePath(),
            new ByteArrayInputStream(new byte[0]),
            new PrintWriter(out),
            new PrintWriter(err));
    return Main.run(args, io);
  }

  @Test
  void versionPrintsOneLineAndExitsWithZero() {
    assertEquals(0, run("--version"));
    assertEquals("agentmd " + Main.version(), out.toString().strip());
    assertEquals("", err.toString());
  }

  @Test
  void noCommandShowsTheUsageOnStderrAndIsAUsageError() {
    assertEquals(ExitCodes.USAGE, run());
    assertEquals("", out.toString());
    assertTrue(err.toString().contains("Usage: agentmd"), err.toString());
  }

  @Test
  void helpListsTheCheckCommandAndItsExitCodes() {
    assertEquals(0, run("check", "--help"));
    assertTrue(out.toString().contains("--max-warnings=N"), out.toString());
    assertTrue(out.toString().contains("Exit codes:"), out.toString());
  }

  @Test
  void listRulesPrintsEveryRuleOnceAsText() {
    assertEquals(0, run("check", "--list-rules"));
    String[] lines = out.toString().strip().split("\\R");
    assertEquals(RuleCatalog.all().size(), lines.length);
    for (String id : RuleCatalog.all().keySet()) {
      assertTrue(out.toString().contains(id + " "), id);
    }
  }

  @Test
  void listRulesAsJsonHasTheDocumentedShape() {
    assertEquals(0, run("check", "--list-rules", "--format", "json"));
    JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();
    assertEquals(1, json.get("version").getAsInt());
    assertEquals(RuleCatalog.all().size(), json.getAsJsonArray("rules").size());
    JsonObject first = json.getAsJsonArray("rules").get(0).getAsJsonObject();
    assertEquals(3, first.size(), first.toString());
    assertTrue(first.has("id") && first.has("defaultSeverity") && first.has("summary"), first.toString());
  }

  @Test
  void everyUsageErrorIsExactlyOneLineOnStderr() {
    String[][] cases = {
      {"check", "--frobnicate"},
      {"check", "--format", "xml"},
      {"check", "--kind", "cursor-rule"},
      {"check", "--rule", "nonsense"},
      {"check", "--rule", "yaml/syntax=loud"},
      {"check", "--max-warnings", "many"},
      {"check", "--stdin", "extra.md"},
      {"check", "--stdin-filename", "a.md"},
      {"check", "--config", "a.yaml", "--no-config"},
      {"check", "--config", "no-such-config.yaml"},
      {"check", "--dry-run"},
      {"check", "--fix", "--stdin"},
      {"check", "--fix", "--dry-run", "--format", "sarif"},
      {"check", "--list-rules", "--format", "github"},
      {"frobnicate"},
    };
    for (String[] args : cases) {
      out.getBuffer().setLength(0);
      err.getBuffer().setLength(0);
      assertEquals(ExitCodes.USAGE, run(args), String.join(" ", args));
      assertEquals("", out.toString(), String.join(" ", args));
      String[] lines = err.toString().strip().split("\\R");
      assertEquals(1, lines.length, err.toString());
      assertTrue(lines[0].startsWith("agentmd: "), lines[0]);
    }
  }
}
