package dev.agentmd.core.yaml;

import dev.agentmd.core.text.Span;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.MappingStartEvent;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Parses one YAML document into our own {@link YamlNode} tree with exact spans, from
 * snakeyaml-engine's event stream.
 *
 * <p>Building from events (instead of snakeyaml's recursive composer) keeps the stack explicit, so
 * nesting depth, node count and alias expansion are bounded here: a billion-laughs file ends at once
 * with an error instead of exhausting memory, and deep nesting cannot overflow the Java stack. It
 * never throws.
 */
public final class YamlTreeBuilder {

  /** Deeper nesting than this is reported instead of parsed. */
  static final int MAX_DEPTH = 100;

  /** Nodes, counting every alias as the size of what it expands to. */
  static final int MAX_NODES = 200_000;

  private static final Pattern NULL = Pattern.compile("~|null|Null|NULL|");
  private static final Pattern BOOLEAN = Pattern.compile("true|True|TRUE|false|False|FALSE");
  private static final Pattern INTEGER = Pattern.compile("[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+");
  private static final Pattern FLOAT =
      Pattern.compile(
          "[-+]?(\\.[0-9]+|[0-9]+(\\.[0-9]*)?)([eE][-+]?[0-9]+)?|[-+]?\\.(inf|Inf|INF)|\\.nan|\\.NaN|\\.NAN");

  private static final LoadSettings SETTINGS =
      LoadSettings.builder()
          .setParseComments(false)
          .setCodePointLimit(Integer.MAX_VALUE)
          .setUseMarks(true)
          .build();

  private YamlTreeBuilder() {}

  /**
   * Parses {@code source}, whose first character sits at {@code baseOffset} of the document, so
   * every span is a document offset.
   */
  public static YamlParseResult parse(String source, int baseOffset) {
    OffsetMapper offsets = new OffsetMapper(source, baseOffset);
    try {
      return new Builder(source, offsets).build(new Parse(SETTINGS).parseString(source));
    } catch (MarkedYamlEngineException e) {
      return YamlParseResult.failure(
          new YamlError(YamlError.Kind.SYNTAX, describe(e), markSpan(e, source, offsets)));
    } catch (YamlEngineException | IllegalArgumentException | IllegalStateException e) {
      // snakeyaml reports a few problems (for example bad UTF-16 surrogates) without a mark.
      return YamlParseResult.failure(
          new YamlError(
              YamlError.Kind.SYNTAX, String.valueOf(e.getMessage()), Span.of(baseOffset, baseOffset)));
    }
  }

  /** Resolves a plain scalar's type by the YAML 1.2 core schema, as Claude Code's parser does. */
  public static ScalarType resolvePlain(String value) {
    if (NULL.matcher(value).matches()) {
      return ScalarType.NULL;
    }
    if (BOOLEAN.matcher(value).matches()) {
      return ScalarType.BOOLEAN;
    }
    if (INTEGER.matcher(value).matches()) {
      return ScalarType.INTEGER;
    }
    if (FLOAT.matcher(value).matches()) {
      return ScalarType.FLOAT;
    }
    return ScalarType.STRING;
  }

  private static String describe(MarkedYamlEngineException e) {
    String problem = e.getProblem() == null ? "invalid YAML" : e.getProblem();
    String context = e.getContext();
    if (context != null && !context.isBlank()) {
      return context + ": " + problem;
    }
    return problem;
  }

  private static Span markSpan(MarkedYamlEngineException e, String source, OffsetMapper offsets) {
    Optional<Mark> mark = e.getProblemMark().or(e::getContextMark);
    // "expected ']' but got <stream end>": the place to fix is where the construct opened.
    if (e.getContextMark().isPresent()
        && mark.isPresent()
        && source.substring(Math.min(source.length(), offsets.local(mark.get().getIndex()))).isBlank()) {
      mark = e.getContextMark();
    }
    if (mark.isEmpty()) {
      return Span.of(offsets.base, offsets.base);
    }
    int local = offsets.local(mark.get().getIndex());
    if (local < source.length()) {
      char c = source.charAt(local);
      if (c != '\n' && c != '\r') {
        int width = Character.charCount(source.codePointAt(local));
        return Span.of(offsets.base + local, offsets.base + local + width);
      }
    }
    return Span.of(offsets.base + local, offsets.base + local);
  }

  /** snakeyaml marks count code points; our spans count UTF-16 units. */
  private static final class OffsetMapper {
    private final int base;
    private final int[] codePointToChar;

    OffsetMapper(String source, int base) {
      this.base = base;
      boolean hasSurrogates = false;
      for (int i = 0; i < source.length() && !hasSurrogates; i++) {
        hasSurrogates = Character.isSurrogate(source.charAt(i));
      }
      if (hasSurrogates) {
        int[] map = new int[source.codePointCount(0, source.length()) + 1];
        int cp = 0;
        for (int i = 0; i < source.length(); i += Character.charCount(source.codePointAt(i))) {
          map[cp++] = i;
        }
        map[cp] = source.length();
        this.codePointToChar = map;
      } else {
        this.codePointToChar = null;
      }
    }

    int local(int codePointIndex) {
      if (codePointToChar == null) {
        return codePointIndex;
      }
      return codePointToChar[Math.min(codePointIndex, codePointToChar.length - 1)];
    }

    int absolute(Optional<Mark> mark) {
      return base + mark.map(m -> local(m.getIndex())).orElse(0);
    }
  }

  /** Folds the event stream into nodes with an explicit stack. */
  private static final class Builder {
    private final String source;
    private final OffsetMapper offsets;
    private final Deque<Frame> stack = new ArrayDeque<>();
    private final Map<String, YamlNode> anchors = new HashMap<>();
    private final Map<YamlNode, Integer> sizes = new IdentityHashMap<>();
    private YamlNode root;
    private int nodes;
    private boolean documentDone;

    Builder(String source, OffsetMapper offsets) {
      this.source = source;
      this.offsets = offsets;
    }

    YamlParseResult build(Iterable<Event> events) {
      for (Event event : events) {
        switch (event.getEventId()) {
          case Scalar -> {
            ScalarEvent scalar = (ScalarEvent) event;
            YamlNode node = scalar(scalar);
            Optional<YamlError> error = add(node, scalar.getAnchor(), 1, 1, event);
            if (error.isPresent()) {
              return YamlParseResult.failure(error.get());
            }
          }
          case SequenceStart, MappingStart -> {
            if (stack.size() >= MAX_DEPTH) {
              return YamlParseResult.failure(
                  tooComplex("nesting deeper than " + MAX_DEPTH + " levels", event));
            }
            stack.push(new Frame((CollectionStartEvent) event));
          }
          case SequenceEnd, MappingEnd -> {
            Frame frame = stack.pop();
            YamlNode node = frame.close(offsets.absolute(event.getEndMark()));
            Optional<YamlError> error =
                add(node, frame.start.getAnchor(), 1 + frame.weight, 1, event);
            if (error.isPresent()) {
              return YamlParseResult.failure(error.get());
            }
          }
          case Alias -> {
            Anchor anchor = ((AliasEvent) event).getAlias();
            YamlNode target = anchors.get(anchor.getValue());
            if (target == null) {
              return YamlParseResult.failure(
                  new YamlError(
                      YamlError.Kind.SYNTAX,
                      "found undefined alias " + anchor.getValue(),
                      span(event)));
            }
            int expanded = sizes.getOrDefault(target, 1);
            Optional<YamlError> error = add(target, Optional.empty(), expanded, expanded, event);
            if (error.isPresent()) {
              return YamlParseResult.failure(error.get());
            }
          }
          case DocumentEnd -> documentDone = true;
          case DocumentStart -> {
            if (documentDone) {
              return YamlParseResult.failure(
                  new YamlError(
                      YamlError.Kind.SYNTAX,
                      "expected a single document, but found another document",
                      span(event)));
            }
          }
          default -> {
            // Stream start/end carry nothing we keep.
          }
        }
      }
      return YamlParseResult.success(root);
    }

    /**
     * Attaches a finished node to its parent. {@code weight} is the node's size once aliases are
     * expanded; {@code newNodes} is how much that adds to the document's total (an alias adds its
     * whole target again, a collection only itself because its children were counted already).
     */
    private Optional<YamlError> add(
        YamlNode node, Optional<Anchor> anchor, int weight, int newNodes, Event event) {
      sizes.putIfAbsent(node, weight);
      nodes += newNodes;
      if (nodes > MAX_NODES) {
        return Optional.of(
            tooComplex(
                "more than " + MAX_NODES + " nodes after alias expansion (a YAML bomb?)", event));
      }
      anchor.ifPresent(a -> anchors.put(a.getValue(), node));
      if (stack.isEmpty()) {
        root = node;
      } else {
        stack.peek().add(node, weight);
      }
      return Optional.empty();
    }

    private YamlNode scalar(ScalarEvent event) {
      ScalarStyle style =
          switch (event.getScalarStyle()) {
            case SINGLE_QUOTED -> ScalarStyle.SINGLE_QUOTED;
            case DOUBLE_QUOTED -> ScalarStyle.DOUBLE_QUOTED;
            case LITERAL -> ScalarStyle.LITERAL;
            case FOLDED -> ScalarStyle.FOLDED;
            default -> ScalarStyle.PLAIN;
          };
      ScalarType type = ScalarType.STRING;
      if (style == ScalarStyle.PLAIN && event.getTag().isEmpty()) {
        type = resolvePlain(event.getValue());
      } else if (event.getTag().isPresent()) {
        type = tagType(event.getTag().get(), event.getValue());
      }
      Span span = span(event);
      if (style.isBlock()) {
        span = trimTrailingSpace(span);
      }
      return new YamlScalar(event.getValue(), style, type, span);
    }

    /** Block scalars and block collections end where their last content ends, not on the next line. */
    private Span trimTrailingSpace(Span span) {
      int end = span.end() - offsets.base;
      int start = span.start() - offsets.base;
      while (end > start && Character.isWhitespace(source.charAt(end - 1))) {
        end--;
      }
      return Span.of(span.start(), offsets.base + end);
    }

    private static ScalarType tagType(String tag, String value) {
      return switch (tag) {
        case "tag:yaml.org,2002:int", "!!int" -> ScalarType.INTEGER;
        case "tag:yaml.org,2002:float", "!!float" -> ScalarType.FLOAT;
        case "tag:yaml.org,2002:bool", "!!bool" -> ScalarType.BOOLEAN;
        case "tag:yaml.org,2002:null", "!!null" -> ScalarType.NULL;
        default -> ScalarType.STRING;
      };
    }

    private Span span(Event event) {
      int start = offsets.absolute(event.getStartMark());
      int end = Math.max(start, offsets.absolute(event.getEndMark()));
      return Span.of(start, end);
    }

    private YamlError tooComplex(String what, Event event) {
      return new YamlError(
          YamlError.Kind.TOO_COMPLEX,
          "The YAML is too complex to check safely: "
              + what
              + ". Agent frontmatter needs neither deep nesting nor aliases; simplify it.",
          span(event));
    }

    /** An open collection collecting its children. */
    private final class Frame {
      private final CollectionStartEvent start;
      private final List<YamlNode> children = new ArrayList<>();
      private int weight;

      Frame(CollectionStartEvent start) {
        this.start = start;
      }

      void add(YamlNode child, int childWeight) {
        children.add(child);
        weight += childWeight;
      }

      YamlNode close(int end) {
        int startOffset = offsets.absolute(start.getStartMark());
        boolean flow = start.isFlow();
        int last = end;
        if (!flow) {
          last = startOffset;
          for (YamlNode child : children) {
            last = Math.max(last, child.span().end());
          }
        }
        Span span = Span.of(startOffset, Math.max(startOffset, last));
        if (start instanceof MappingStartEvent) {
          List<YamlEntry> entries = new ArrayList<>(children.size() / 2);
          for (int i = 0; i + 1 < children.size(); i += 2) {
            entries.add(new YamlEntry(children.get(i), children.get(i + 1)));
          }
          return new YamlMapping(entries, flow, span);
        }
        return new YamlSequence(children, flow, span);
      }
    }
  }
}
