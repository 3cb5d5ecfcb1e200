package dev.agentmd.app.fix;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.agentmd.app.CommandIo;
import dev.agentmd.app.ExitCodes;
import dev.agentmd.app.Main;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check --fix}: before and after, byte for byte. */
class FixTest {

  private static final String BROKEN =
      "---\nname: reviewer\ndescription: Réviseur 🚀: checks code\ntools: Read,, Grep\n"
          + "# agentmd-disable-next-line tools/unknown\nmodel: sonnet\n---\nBody.\n";
  private static final String FIXED =
      "---\nname: reviewer\ndescription: 'Réviseur 🚀: checks code'\ntools: Read, Grep\nmodel: sonnet\n---\nBody.\n";

  @TempDir Path root;
  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  @Test
  void safeFixesAreWrittenAndARerunFindsNothingFixable() throws IOException {
    Path agent = write("reviewer.md", bytes(BROKEN));

    assertEquals(ExitCodes.OK, run("check", "--fix", "."));
    assertEquals(FIXED, Files.readString(agent));
    assertEquals("", out.toString());
    assertEquals("0 errors, 0 warnings in 1 file; fixed 3 problems in 1 file\n", err.toString());

    assertNothingFixable();
  }

  @Test
  void crlfLineBreaksAndTheByteOrderMarkArePreserved() throws IOException {
    Path crlf = write("reviewer.md", bytes(BROKEN.replace("\n", "\r\n")));
    Path bom = write("bom.md", withBom(BROKEN.replace("reviewer", "bom")));

    assertEquals(ExitCodes.OK, run("check", "--fix", "."));

    assertArrayEquals(bytes(FIXED.replace("\n", "\r\n")), Files.readAllBytes(crlf));
    assertArrayEquals(withBom(FIXED.replace("reviewer", "bom")), Files.readAllBytes(bom));
    assertNothingFixable();
  }

  @Test
  void findingsWithoutASafeFixAreLeftAndReported() throws IOException {
    Path agent = write("reviewer.md", bytes("---\nname: reviewer\ndescription: Reviews.\nmodle: opus\ntools: Read,, Grep\n---\nBody.\n"));

    assertEquals(ExitCodes.OK, run("check", "--fix", "--format", "json", "."));

    assertEquals("---\nname: reviewer\ndescription: Reviews.\nmodle: opus\ntools: Read, Grep\n---\nBody.\n", Files.readString(agent));
    JsonObject json = JsonParser.parseString(out.toString()).getAsJsonObject();
    assertEquals(1, json.getAsJsonObject("summary").get("fixed").getAsInt());
    JsonElement finding = json.getAsJsonArray("files").get(0).getAsJsonObject().getAsJsonArray("findings").get(0);
    assertEquals("schema/unknown-key", finding.getAsJsonObject().get("ruleId").getAsString());
  }

  @Test
  void aDryRunWritesNothing() throws IOException {
    Path agent = write("reviewer.md", bytes(BROKEN));
    FileTime before = Files.getLastModifiedTime(agent);

    assertEquals(ExitCodes.OK, run("check", "--fix", "--dry-run", "."));

    assertEquals(BROKEN, Files.readString(agent));
    assertEquals(before, Files.getLastModifiedTime(agent));
    assertTrue(out.toString().startsWith("--- a/.claude/agents/reviewer.md\n+++ b/.claude/agents/reviewer.md\n@@ -1,8 +1,7 @@\n"), out.toString());
    assertEquals("0 errors, 0 warnings in 1 file; would fix 3 problems in 1 file\n", err.toString());
  }

  @Test
  void permissionsStayAndALinkStaysALink() throws IOException {
    Path agent = write("reviewer.md", bytes(BROKEN));
    Files.setPosixFilePermissions(agent, PosixFilePermissions.fromString("rw-r-----"));
    Path link = root.resolve(".claude/agents/link.md");
    Files.createSymbolicLink(link, agent.getFileName());

    assertEquals(ExitCodes.OK, run("check", "--fix", ".claude/agents/link.md"));

    assertTrue(Files.isSymbolicLink(link));
    assertEquals(FIXED, Files.readString(agent));
    assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(agent)));
    try (Stream<Path> files = Files.list(agent.getParent())) {
      assertEquals(2, files.count(), "no temporary file is left behind");
    }
  }

  @Test
  void aFileReachedTwiceThroughALinkIsFixedOnce() throws IOException {
    Path agent = write("reviewer.md", bytes(BROKEN));
    Files.createSymbolicLink(root.resolve(".claude/agents/alias.md"), agent.getFileName());

    assertEquals(ExitCodes.OK, run("check", "--fix", "."));

    assertEquals(FIXED, Files.readString(agent));
    assertTrue(err.toString().endsWith("in 2 files; fixed 3 problems in 1 file\n"), err.toString());
  }

  @Test
  void aFileThatIsNotUtf8IsNeverRewritten() throws IOException {
    byte[] bytes = bytes(BROKEN.replace("Body.", "Body X."));
    bytes[bytes.length - 3] = (byte) 0xFF; // the X
    Path agent = write("reviewer.md", bytes);

    run("check", "--fix", ".");

    assertArrayEquals(bytes, Files.readAllBytes(agent));
  }

  @Test
  void aFileChangedAfterItWasReadIsNotOverwritten() throws IOException {
    Path agent = write("reviewer.md", bytes(BROKEN));
    AtomicWriter.Snapshot snapshot = AtomicWriter.Snapshot.read(agent);
    Files.writeString(agent, BROKEN + "Edited meanwhile.\n");

    assertEquals(AtomicWriter.Result.CHANGED_SINCE_READ, AtomicWriter.write(snapshot, bytes(FIXED)));
    assertEquals(BROKEN + "Edited meanwhile.\n", Files.readString(agent));
  }

  @Test
  void fixNeedsFilesAndDryRunNeedsFix() {
    assertEquals(ExitCodes.USAGE, run("check", "--fix", "--stdin"));
    assertEquals(ExitCodes.USAGE, run("check", "--dry-run", "."));
    assertEquals(ExitCodes.USAGE, run("check", "--fix", "--dry-run", "--format", "json", "."));
    assertFalse(err.toString().contains("Exception"), err.toString());
  }

  private void assertNothingFixable() {
    out.getBuffer().setLength(0);
    err.getBuffer().setLength(0);
    run("check", "--format", "json", ".");
    assertFalse(out.toString().contains("\"safe\": true"), out.toString());
  }

  private int run(String... args) {
    return Main.run(
        args, new CommandIo(root, new ByteArrayInputStream(new byte[0]), new PrintWriter(out), new PrintWriter(err)));
  }

  private Path write(String name, byte[] content) throws IOException {
    Path file = root.resolve(".claude/agents").resolve(name);
    Files.createDirectories(file.getParent());
    Files.write(file, content);
    return file;
  }

  private static byte[] bytes(String text) {
    return text.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] withBom(String text) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    out.write(bytes(text));
    return out.toByteArray();
  }
}
