package dev.agentmd.app;

import java.io.BufferedInputStream;
import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.InputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The process's surroundings as values, so that commands can run in-process in tests: the working
 * folder relative paths are resolved against, standard input, and the two output streams.
 *
 * <p>Output is always UTF-8, whatever the platform's default encoding, because the JSON format and
 * the file names in text output must survive a POSIX locale unchanged.
 */
public record CommandIo(Path cwd, InputStream in, PrintWriter out, PrintWriter err) {

  /** The real process: the JVM's working folder, stdin, a buffered stdout and an unbuffered stderr. */
  public static CommandIo system() {
    PrintWriter out =
        new PrintWriter(
            new BufferedWriter(
                new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8),
                1 << 16));
    PrintWriter err =
        new PrintWriter(
            new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
    // Buffered: FileInputStream.readAllBytes on JDK 17 asks a pipe for its size and fails with
    // "Illegal seek" (`printf … | agentmd check --stdin`).
    return new CommandIo(
        Path.of("").toAbsolutePath(),
        new BufferedInputStream(new FileInputStream(FileDescriptor.in), 1 << 16),
        out,
        err);
  }
}
