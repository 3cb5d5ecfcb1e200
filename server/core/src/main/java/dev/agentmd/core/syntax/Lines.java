package dev.agentmd.core.syntax;

import java.util.ArrayList;
import java.util.List;

/** Splits a region of text into lines with their offsets; line breaks are LF, CRLF or CR. */
final class Lines {

  /** One line: {@code [start, contentEnd)} is its text, {@code next} where the next line starts. */
  record Line(int start, int contentEnd, int next) {

    String content(String text) {
      return text.substring(start, contentEnd);
    }

    boolean isBlank(String text) {
      for (int i = start; i < contentEnd; i++) {
        char c = text.charAt(i);
        if (c != ' ' && c != '\t') {
          return false;
        }
      }
      return true;
    }

    /** The content without trailing spaces and tabs. */
    String trimmedEnd(String text) {
      int end = contentEnd;
      while (end > start && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\t')) {
        end--;
      }
      return text.substring(start, end);
    }
  }

  private Lines() {}

  static List<Line> of(String text, int from, int to) {
    List<Line> lines = new ArrayList<>();
    int start = from;
    while (start < to) {
      int end = start;
      while (end < to && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
        end++;
      }
      int next = end;
      if (next < to && text.charAt(next) == '\r') {
        next++;
      }
      if (next < to && text.charAt(next) == '\n') {
        next++;
      }
      lines.add(new Line(start, end, next));
      start = next;
    }
    return lines;
  }

  /** The line starting at {@code from}, which may end the text without a line break. */
  static Line at(String text, int from) {
    int end = from;
    while (end < text.length() && text.charAt(end) != '\n' && text.charAt(end) != '\r') {
      end++;
    }
    int next = end;
    if (next < text.length() && text.charAt(next) == '\r') {
      next++;
    }
    if (next < text.length() && text.charAt(next) == '\n') {
      next++;
    }
    return new Line(from, end, next);
  }
}
