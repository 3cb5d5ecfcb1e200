package dev.agentmd.core.syntax;

import dev.agentmd.core.text.Span;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * A file's bytes decoded as UTF-8, with the byte order mark removed (and remembered, so a fix can
 * write it back) and the first encoding problem kept as data.
 */
public record DecodedSource(String text, boolean hadByteOrderMark, Optional<SyntaxProblem> problem) {

  /** How far into a file we look for NUL bytes to call it binary, as git does. */
  private static final int BINARY_SNIFF_BYTES = 8000;

  public static DecodedSource decode(byte[] bytes) {
    if (bytes.length >= 2
        && ((bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE
            || (bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF)) {
      return new DecodedSource(
          "",
          false,
          Optional.of(
              new SyntaxProblem(
                  SyntaxProblem.Kind.INVALID_ENCODING,
                  "The file is saved as UTF-16 (it starts with a UTF-16 byte order mark); Claude Code"
                      + " reads agent files as UTF-8. Re-save it as UTF-8.",
                  Span.empty(0))));
    }
    int limit = Math.min(bytes.length, BINARY_SNIFF_BYTES);
    for (int i = 0; i < limit; i++) {
      if (bytes[i] == 0) {
        return new DecodedSource(
            "",
            false,
            Optional.of(
                new SyntaxProblem(
                    SyntaxProblem.Kind.BINARY,
                    "This is a binary file (it contains NUL bytes), not a markdown agent file.",
                    Span.empty(0))));
      }
    }
    boolean bom =
        bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF;
    int offset = bom ? 3 : 0;
    ByteBuffer input = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    try {
      String text = strictDecoder().decode(input).toString();
      return new DecodedSource(text, bom, Optional.empty());
    } catch (CharacterCodingException e) {
      String text = new String(bytes, offset, bytes.length - offset, StandardCharsets.UTF_8);
      int badChar = firstBadCharOffset(bytes, offset);
      return new DecodedSource(
          text,
          bom,
          Optional.of(
              new SyntaxProblem(
                  SyntaxProblem.Kind.INVALID_ENCODING,
                  "The file is not valid UTF-8 (first bad byte here); Claude Code reads agent files"
                      + " as UTF-8. Re-save it as UTF-8. Bad bytes are read as U+FFFD below.",
                  Span.of(badChar, Math.min(text.length(), badChar + 1)))));
    }
  }

  /** The UTF-16 offset in the decoded text of the first malformed byte sequence. */
  private static int firstBadCharOffset(byte[] bytes, int offset) {
    CharsetDecoder decoder = strictDecoder();
    ByteBuffer input = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
    CharBuffer output = CharBuffer.allocate(bytes.length + 1);
    decoder.decode(input, output, true);
    return output.position();
  }

  private static CharsetDecoder strictDecoder() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
