package dev.agentmd.lsp;

import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.analysis.SourceDocument;
import dev.agentmd.core.config.Settings;
import dev.agentmd.core.features.CompletionItem;
import dev.agentmd.core.features.CompletionRequest;
import dev.agentmd.core.features.Fold;
import dev.agentmd.core.features.HoverInfo;
import dev.agentmd.core.features.Symbol;
import dev.agentmd.core.kind.FileKind;
import dev.agentmd.core.schema.KindSchema;
import dev.agentmd.core.syntax.ParsedFile;
import dev.agentmd.lsp.session.Engine;
import java.util.List;
import java.util.Optional;

/** The standard engine, for tests to override one call: make it throw, block, print or add a finding. */
class ForwardingEngine implements Engine {

  private final Engine delegate = LspSession.STANDARD;

  @Override
  public AnalysisResult analyze(SourceDocument document, FileKind kind, Settings settings) {
    return delegate.analyze(document, kind, settings);
  }

  @Override
  public ParsedFile parse(SourceDocument document, FileKind kind) {
    return delegate.parse(document, kind);
  }

  @Override
  public KindSchema schema(FileKind kind) {
    return delegate.schema(kind);
  }

  @Override
  public List<CompletionItem> complete(CompletionRequest request) {
    return delegate.complete(request);
  }

  @Override
  public Optional<HoverInfo> hover(ParsedFile file, KindSchema schema, int offset) {
    return delegate.hover(file, schema, offset);
  }

  @Override
  public List<Symbol> symbols(ParsedFile file) {
    return delegate.symbols(file);
  }

  @Override
  public List<Fold> folds(ParsedFile file) {
    return delegate.folds(file);
  }
}
