package dev.agentmd.lsp.session;

import dev.agentmd.core.text.LineMap.ColumnUnit;
import dev.agentmd.lsp.convert.LspConverter;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.lsp4j.ClientCapabilities;

/**
 * What the client said it can do, read once from {@code initialize} so handlers test a boolean
 * instead of walking nullable capability trees.
 *
 * @param encoding the position encoding: the client's first preference among UTF-8, UTF-32 and
 *     UTF-16, or UTF-16 when it states none
 * @param pullDiagnostics the client asks for diagnostics ({@code textDocument/diagnostic}), so the
 *     server never pushes them
 * @param diagnosticRefresh the client accepts {@code workspace/diagnostic/refresh}
 * @param hierarchicalSymbols document symbols may be a tree of {@code DocumentSymbol}
 * @param documentChanges workspace edits may use versioned {@code documentChanges}
 * @param renameFiles workspace edits may rename files
 * @param snippets completion items may be snippets
 * @param configurationPull the client answers {@code workspace/configuration}
 * @param configurationRegistration the client wants {@code didChangeConfiguration} registered
 * @param watchedFilesRegistration the client can watch files for us ({@code
 *     workspace/didChangeWatchedFiles} with dynamic registration)
 */
public record ClientProfile(
    ColumnUnit encoding,
    boolean pullDiagnostics,
    boolean diagnosticRefresh,
    boolean hierarchicalSymbols,
    boolean documentChanges,
    boolean renameFiles,
    boolean snippets,
    boolean configurationPull,
    boolean configurationRegistration,
    boolean watchedFilesRegistration) {

  /** A client that declared nothing: UTF-16, pushed diagnostics, flat symbols, plain edits. */
  public static final ClientProfile MINIMAL =
      new ClientProfile(ColumnUnit.UTF16, false, false, false, false, false, false, false, false, false);

  public static ClientProfile of(ClientCapabilities capabilities) {
    if (capabilities == null) {
      return MINIMAL;
    }
    boolean documentChanges =
        is(capabilities, c -> c.getWorkspace().getWorkspaceEdit().getDocumentChanges());
    List<String> resourceOperations =
        get(capabilities, c -> c.getWorkspace().getWorkspaceEdit().getResourceOperations()).orElse(List.of());
    return new ClientProfile(
        encoding(get(capabilities, c -> c.getGeneral().getPositionEncodings()).orElse(List.of())),
        get(capabilities, c -> c.getTextDocument().getDiagnostic()).isPresent(),
        is(capabilities, c -> c.getWorkspace().getDiagnostics().getRefreshSupport()),
        is(capabilities, c -> c.getTextDocument().getDocumentSymbol().getHierarchicalDocumentSymbolSupport()),
        documentChanges,
        documentChanges && resourceOperations.contains("rename"),
        is(capabilities, c -> c.getTextDocument().getCompletion().getCompletionItem().getSnippetSupport()),
        is(capabilities, c -> c.getWorkspace().getConfiguration()),
        is(capabilities, c -> c.getWorkspace().getDidChangeConfiguration().getDynamicRegistration()),
        is(capabilities, c -> c.getWorkspace().getDidChangeWatchedFiles().getDynamicRegistration()));
  }

  /** The first encoding in the client's order of preference that we speak; UTF-16 otherwise. */
  public static ColumnUnit encoding(List<String> preferred) {
    for (String name : preferred) {
      Optional<ColumnUnit> unit = LspConverter.unitOf(name);
      if (unit.isPresent()) {
        return unit.get();
      }
    }
    return ColumnUnit.UTF16;
  }

  /** A nested capability, or empty where any step of the path is missing. */
  private static <T> Optional<T> get(ClientCapabilities capabilities, Function<ClientCapabilities, T> path) {
    try {
      return Optional.ofNullable(path.apply(capabilities));
    } catch (NullPointerException absent) {
      // Capabilities are optional at every level; a missing step means "not supported".
      return Optional.empty();
    }
  }

  private static boolean is(ClientCapabilities capabilities, Function<ClientCapabilities, Boolean> path) {
    return get(capabilities, path).orElse(false);
  }
}
