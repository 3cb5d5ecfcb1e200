package dev.agentmd.lsp;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;

/**
 * One direction of an in-memory connection: what one side writes to {@code out}, the other reads
 * from {@code in}; closing {@code out} ends {@code in}. Unlike {@code PipedInputStream}, a reader
 * does not fail when the thread that last wrote has ended.
 */
record Wire(InputStream in, OutputStream out) {

  static Wire open() {
    try {
      Pipe pipe = Pipe.open();
      return new Wire(Channels.newInputStream(pipe.source()), Channels.newOutputStream(pipe.sink()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  void close() {
    try {
      out.close();
    } catch (IOException e) {
      // Already closed; the reader has its end of stream.
    }
  }
}
