package dev.agentmd.lsp.session;

import dev.agentmd.core.analysis.AgentAnalyzer;
import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.analysis.SourceDocument;
import dev.agentmd.core.config.Settings;
import dev.agentmd.core.features.CompletionItem;
import dev.agentmd.core.features.CompletionProvider;
import dev.agentmd.core.features.CompletionRequest;
import dev.agentmd.core.features.DocumentSymbols;
import dev.agentmd.core.features.Fold;
import dev.agentmd.core.features.FoldingRanges;
import dev.agentmd.core.features.HoverInfo;
import dev.agentmd.core.features.HoverProvider;
import dev.agentmd.core.features.Symbol;
import dev.agentmd.core.kind.FileKind;
import dev.agentmd.core.schema.KindSchema;
import dev.agentmd.core.syntax.ParsedFile;
import java.util.List;
import java.util.Optional;

/**
 * Every call the server makes into the core, in one interface: the seam where tests make a
 * feature throw, block or print to stdout. {@link #standard()} is the core itself.
 */
public interface Engine {

  AnalysisResult analyze(SourceDocument document, FileKind kind, Settings settings);

  ParsedFile parse(SourceDocument document, FileKind kind);

  KindSchema schema(FileKind kind);

  List<CompletionItem> complete(CompletionRequest request);

  Optional<HoverInfo> hover(ParsedFile file, KindSchema schema, int offset);

  List<Symbol> symbols(ParsedFile file);

  List<Fold> folds(ParsedFile file);

  /** The core's analyzer and features, shared by all documents (they are stateless). */
  static Engine standard() {
    return new CoreEngine(AgentAnalyzer.create());
  }

  /** The production engine: straight calls into the core. */
  record CoreEngine(AgentAnalyzer analyzer) implements Engine {

    @Override
    public AnalysisResult analyze(SourceDocument document, FileKind kind, Settings settings) {
      return analyzer.analyze(document, kind, settings);
    }

    @Override
    public ParsedFile parse(SourceDocument document, FileKind kind) {
      return analyzer.parse(document, kind);
    }

    @Override
    public KindSchema schema(FileKind kind) {
      return analyzer.schema(kind);
    }

    @Override
    public List<CompletionItem> complete(CompletionRequest request) {
      return CompletionProvider.complete(request);
    }

    @Override
    public Optional<HoverInfo> hover(ParsedFile file, KindSchema schema, int offset) {
      return HoverProvider.hover(file, schema, offset);
    }

    @Override
    public List<Symbol> symbols(ParsedFile file) {
      return DocumentSymbols.of(file);
    }

    @Override
    public List<Fold> folds(ParsedFile file) {
      return FoldingRanges.of(file);
    }
  }
}
