/**
 * Editor features over a {@link dev.agentmd.core.syntax.ParsedFile}: completion, hover, document
 * symbols and folding ranges, as plain data with UTF-16 {@link dev.agentmd.core.text.Span}s. The
 * LSP edge converts them; nothing here knows LSP4J.
 *
 * <p>Entry points: {@link dev.agentmd.core.features.CompletionProvider}, {@link
 * dev.agentmd.core.features.HoverProvider}, {@link dev.agentmd.core.features.DocumentSymbols},
 * {@link dev.agentmd.core.features.FoldingRanges}. All are stateless static functions, safe to call
 * from any thread.
 *
 * <p><b>Invariants:</b>
 *
 * <ul>
 *   <li>Completion and hover read the frontmatter's structure from the text around the cursor
 *       ({@code YamlLine}, {@code YamlPath}), never only from the YAML tree: the file being edited is
 *       usually not valid YAML yet. Symbols and folds use the tree, which the reader always builds.
 *   <li>Every value, description and snippet target comes from the kind's schema ({@code
 *       SchemaNav}, {@code Vocabulary}); the schema is read once per {@code KindSchema} and cached.
 *   <li>No regex is compiled per call; schema patterns are compiled once.
 *   <li>Body headings come from a CommonMark-faithful line scan ({@code MarkdownHeadings}), not a
 *       markdown library: same headings on the corpus, no start-up cost.
 * </ul>
 */
package dev.agentmd.core.features;
