package dev.agentmd.app;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * CLI golden tests. Each folder under {@code src/test/resources/golden/} is one case: {@code args}
 * (one argument per line, without the program name), optional {@code stdin}, the input files, and
 * the expectations {@code expected.out} (stdout), {@code expected.err} (stderr) and {@code
 * expected.code} (exit code). The command runs in-process with the case folder as its working
 * folder. The {@code .agentmd.yaml} in {@code golden/} itself is empty: it ends the search for
 * config files there, so a config file above the repository cannot change the outputs.
 *
 * <p>Run with {@code -Dagentmd.updateGolden=true} to rewrite the expectations from the actual
 * output; review the diff before committing it.
 */
class GoldenTest {

  private static final Path GOLDEN =
      Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolve("src/test/resources/golden");
  private static final boolean UPDATE = Boolean.getBoolean("agentmd.updateGolden");

  static Stream<String> cases() throws IOException {
    try (Stream<Path> folders = Files.list(GOLDEN)) {
      return folders.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList().stream();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void theCommandPrintsTheExpectedOutputAndExitCode(String name) throws IOException {
    Path folder = GOLDEN.resolve(name);
    List<String> args =
        Files.readAllLines(folder.resolve("args"), StandardCharsets.UTF_8).stream()
            .filter(line -> !line.isBlank())
            .toList();
    Path stdinFile = folder.resolve("stdin");
    byte[] stdin = Files.exists(stdinFile) ? Files.readAllBytes(stdinFile) : new byte[0];
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandIo io =
        new CommandIo(folder, new ByteArrayInputStream(stdin), new PrintWriter(out), new PrintWriter(err));

    int code = Main.run(args.toArray(String[]::new), io);

    String actualOut = normalize(out.toString());
    String actualErr = normalize(err.toString());
    if (UPDATE) {
      write(folder.resolve("expected.out"), actualOut);
      write(folder.resolve("expected.err"), actualErr);
      write(folder.resolve("expected.code"), code + "\n");
      return;
    }
    assertAll(
        () -> assertEquals(read(folder.resolve("expected.out")), actualOut, name + ": stdout"),
        () -> assertEquals(read(folder.resolve("expected.err")), actualErr, name + ": stderr"),
        () -> assertEquals(read(folder.resolve("expected.code")).strip(), String.valueOf(code), name + ": exit code"));
  }

  /** Expectations are stored with {@code \n} line ends, whatever the platform's separator. */
  private static String normalize(String text) {
    return text.replace(System.lineSeparator(), "\n");
  }

  private static String read(Path file) throws IOException {
    return Files.exists(file) ? Files.readString(file, StandardCharsets.UTF_8) : "";
  }

  private static void write(Path file, String text) throws IOException {
    Files.writeString(file, text, StandardCharsets.UTF_8);
  }
}
