package dev.agentmd.core.features;

import dev.agentmd.core.text.Span;

/**
 * What to show when hovering: markdown about the token at {@code range}.
 *
 * @param range the hovered token (a key, a value, one entry of a tool list)
 */
public record HoverInfo(Span range, String markdown) {}
