package dev.agentmd.core.examples;

import dev.agentmd.core.examples.ExampleProblem.Kind;
import dev.agentmd.core.examples.ExampleTags.Name;
import dev.agentmd.core.examples.ExampleTags.Tag;
import dev.agentmd.core.text.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Reads the {@code <example>} blocks of a logical description text (grammar: {@code
 * research/formats.md} §2.2): pairs the tags, recovers from the usual mistakes with one problem
 * each, and hands every block's content to {@link ExampleContent} for its parts.
 *
 * <p>Recovery: an {@code <example>} inside an open one is <em>nested</em> when two {@code
 * </example>} follow before the next {@code <example>}; otherwise the open one was simply never
 * closed and the new one starts afresh. A {@code </example>} closes an open commentary with it.
 */
final class ExampleParser {

  private final LogicalText text;
  private final List<Tag> tags;
  private final List<ExampleBlock> blocks = new ArrayList<>();
  private final List<ExampleProblem> problems = new ArrayList<>();

  private Tag open;
  private Tag commentary;
  private List<ExamplePart.Commentary> commentaries = new ArrayList<>();
  private List<Tag> inner = new ArrayList<>();
  private boolean strayCommentary;
  private boolean seenExample;
  private boolean hadNested;
  private int nested;

  private ExampleParser(LogicalText text) {
    this.text = text;
    this.tags = ExampleTags.scan(text.text());
  }

  record Result(List<ExampleBlock> blocks, List<ExampleProblem> problems) {}

  static Result parse(LogicalText text) {
    ExampleParser parser = new ExampleParser(text);
    parser.run();
    parser.problems.sort((a, b) -> Integer.compare(a.at(), b.at()));
    return new Result(List.copyOf(parser.blocks), List.copyOf(parser.problems));
  }

  private void run() {
    for (int index = 0; index < tags.size(); index++) {
      Tag tag = tags.get(index);
      if (tag.broken()) {
        problem(Kind.MALFORMED_TAG, tag.from(), tag.nameEnd());
      }
      if (tag.opens(Name.EXAMPLE)) {
        openExample(tag, index);
      } else if (tag.closes(Name.EXAMPLE)) {
        closeExample(tag);
      } else if (tag.opens(Name.COMMENTARY)) {
        openCommentary(tag);
      } else {
        closeCommentary(tag);
      }
    }
    if (open != null) {
      endCommentary(null);
      problem(Kind.UNCLOSED, open.from(), open.to());
      finish(null, trimEnd(text.length()));
    }
  }

  private void openExample(Tag tag, int index) {
    if (open == null) {
      strayCommentary = false;
      start(tag);
      return;
    }
    if (nestedAhead(index)) {
      problem(Kind.NESTED, tag.from(), tag.to());
      hadNested = true;
      nested++;
      inner.add(tag);
      return;
    }
    endCommentary(null);
    problem(Kind.UNCLOSED, open.from(), open.to());
    finish(null, trimEnd(tag.from()));
    start(tag);
  }

  private void closeExample(Tag tag) {
    if (open == null) {
      problem(Kind.UNOPENED, tag.from(), tag.to());
      return;
    }
    if (nested > 0) {
      nested--;
      inner.add(tag);
      return;
    }
    endCommentary(tag);
    finish(tag, tag.from());
  }

  private void openCommentary(Tag tag) {
    if (open == null) {
      // Before the first example, a description may use another convention (a list of
      // "Example 1:" items with commentary); only after an <example> is commentary out of place.
      if (seenExample) {
        problem(Kind.COMMENTARY_OUTSIDE, tag.from(), tag.to());
      }
      strayCommentary = true;
      return;
    }
    endCommentary(null);
    commentary = tag;
    inner.add(tag);
  }

  private void closeCommentary(Tag tag) {
    if (commentary != null) {
      inner.add(tag);
      endCommentary(tag);
    } else if (open == null && strayCommentary) {
      strayCommentary = false;
    } else {
      problem(Kind.UNOPENED, tag.from(), tag.to());
    }
  }

  /** Ends the open commentary at {@code close}; with no closing commentary tag it was never closed. */
  private void endCommentary(Tag close) {
    if (commentary == null) {
      return;
    }
    Span openTag = text.span(commentary.from(), commentary.to());
    if (close != null && close.name() == Name.COMMENTARY) {
      commentaries.add(
          new ExamplePart.Commentary(
              text.span(commentary.from(), close.to()), openTag, Optional.of(text.span(close.from(), close.to()))));
    } else {
      problem(Kind.COMMENTARY_UNCLOSED, commentary.from(), commentary.to());
      int end = close == null ? trimEnd(text.length()) : close.from();
      Span span = text.span(commentary.from(), Math.max(commentary.to(), end));
      commentaries.add(new ExamplePart.Commentary(span, openTag, Optional.empty()));
    }
    commentary = null;
  }

  /** True when the {@code <example>} at {@code index} is closed and a second close follows for the outer one. */
  private boolean nestedAhead(int index) {
    int closes = 0;
    for (int i = index + 1; i < tags.size(); i++) {
      Tag tag = tags.get(i);
      if (tag.opens(Name.EXAMPLE)) {
        return false;
      }
      if (tag.closes(Name.EXAMPLE) && ++closes == 2) {
        return true;
      }
    }
    return false;
  }

  private void start(Tag tag) {
    seenExample = true;
    open = tag;
    commentaries = new ArrayList<>();
    inner = new ArrayList<>();
    nested = 0;
    hadNested = false;
  }

  /** Ends the open example: closed by {@code close}, or (null) stopping at logical {@code end}. */
  private void finish(Tag close, int end) {
    int from = open.to();
    int to = Math.max(from, end);
    ExampleContent content = new ExampleContent(text, from, to, inner, commentaries);
    content.read();
    problems.addAll(content.problems());
    boolean checkTurns = close != null && !hadNested;
    Span openTag = text.span(open.from(), open.to());
    int blockEnd = close == null ? to : close.to();
    ExampleBlock block =
        new ExampleBlock(
            text.span(open.from(), blockEnd),
            openTag,
            close == null ? Optional.empty() : Optional.of(text.span(close.from(), close.to())),
            content.parts(),
            from,
            to,
            content.title());
    if (checkTurns) {
      if (text.text().substring(from, to).isBlank()) {
        problem(Kind.EMPTY, open.from(), open.to());
      } else {
        if (!block.has(ExamplePart.Speaker.USER) && !proactive(from, to)) {
          problem(Kind.MISSING_USER, open.from(), open.to());
        }
        if (!block.has(ExamplePart.Speaker.ASSISTANT)) {
          problem(Kind.MISSING_ASSISTANT, open.from(), open.to());
        }
      }
    }
    blocks.add(block);
    open = null;
    nested = 0;
  }

  /**
   * A proactive example may start with the assistant acting on its own (Anthropic's guide calls
   * them proactive triggers); such examples say so in their context or commentary.
   */
  private boolean proactive(int from, int to) {
    return text.text().substring(from, to).toLowerCase(Locale.ROOT).contains("proactiv");
  }

  /** Where an unclosed block stops: before the blanks at the end of its stretch. */
  private int trimEnd(int end) {
    int e = end;
    while (e > 0 && Character.isWhitespace(text.text().charAt(e - 1))) {
      e--;
    }
    return e;
  }

  private void problem(Kind kind, int from, int to) {
    problems.add(new ExampleProblem(kind, text.span(from, to), text.text().substring(from, to), from));
  }
}
