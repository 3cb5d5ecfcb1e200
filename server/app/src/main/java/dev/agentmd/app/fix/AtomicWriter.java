package dev.agentmd.app.fix;

import java.io.IOException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.Arrays;

/**
 * Writes a fixed file without ever leaving it half-written, and never over a change someone else
 * made meanwhile: the new bytes go to a temporary file in the same folder, which then replaces the
 * file in one atomic rename, after checking that the file still has the bytes and modification
 * time it had when it was read. A symbolic link is followed, so the link stays a link.
 */
final class AtomicWriter {

  /** What writing did. */
  enum Result {
    WRITTEN,
    /** The file on disk is not what was read; nothing was written. */
    CHANGED_SINCE_READ
  }

  /** The file as it was read: its bytes and modification time. */
  record Snapshot(Path file, byte[] bytes, FileTime modified) {

    static Snapshot read(Path file) throws IOException {
      Path real = file.toRealPath();
      FileTime modified = Files.getLastModifiedTime(real);
      return new Snapshot(real, Files.readAllBytes(real), modified);
    }
  }

  private AtomicWriter() {}

  static Result write(Snapshot snapshot, byte[] newBytes) throws IOException {
    Path file = snapshot.file();
    if (!Files.getLastModifiedTime(file).equals(snapshot.modified())
        || !Arrays.equals(Files.readAllBytes(file), snapshot.bytes())) {
      return Result.CHANGED_SINCE_READ;
    }
    Path temporary = Files.createTempFile(file.getParent(), "." + file.getFileName() + ".", ".agentmd-fix");
    try {
      Files.write(temporary, newBytes);
      copyPermissions(file, temporary);
      try {
        Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      } catch (AtomicMoveNotSupportedException e) {
        // Same folder, so this only happens on exotic file systems; a plain replace is the best left.
        Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
      }
    } finally {
      Files.deleteIfExists(temporary);
    }
    return Result.WRITTEN;
  }

  /** A temporary file is created private (0600); the fixed file keeps the original's permissions. */
  private static void copyPermissions(Path from, Path to) throws IOException {
    PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class, LinkOption.NOFOLLOW_LINKS);
    PosixFileAttributeView target = Files.getFileAttributeView(to, PosixFileAttributeView.class);
    if (source != null && target != null) {
      target.setPermissions(source.readAttributes().permissions());
    }
  }
}
