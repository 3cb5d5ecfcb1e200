package dev.agentmd.core.features;

import dev.agentmd.core.text.Span;

/**
 * A foldable region. The span starts on the first line of the region and ends on its last
 * non-blank line; the edge turns it into a line range.
 */
public record Fold(Span span, FoldKind kind) {}
