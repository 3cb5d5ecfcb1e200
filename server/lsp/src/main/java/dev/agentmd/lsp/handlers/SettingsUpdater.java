package dev.agentmd.lsp.handlers;

import com.google.gson.JsonElement;
import dev.agentmd.lsp.session.ServerLog;
import dev.agentmd.core.config.ConfigLocator;
import dev.agentmd.lsp.documents.OpenDocument;
import dev.agentmd.lsp.session.Session;
import dev.agentmd.lsp.settings.ProjectConfigs;
import dev.agentmd.lsp.settings.ServerSettings;
import dev.agentmd.lsp.settings.SettingsParser;
import java.util.List;
import java.util.Optional;
import org.eclipse.lsp4j.ConfigurationItem;
import org.eclipse.lsp4j.ConfigurationParams;

/**
 * Keeps the session's settings in step with the client. The same {@code agentmd} object arrives in
 * {@code initializationOptions}, in {@code workspace/didChangeConfiguration} and, for clients that
 * support it, as the answer to {@code workspace/configuration} (section {@code agentmd}), which then
 * wins. Each new value replaces the old one whole, and open documents are validated again.
 *
 * <p>The editor's settings go on top of the project's {@code .agentmd.yaml} ({@link
 * ProjectConfigs}), which is read again whenever a document is validated; a changed config file
 * reported by {@code workspace/didChangeWatchedFiles} validates the open documents again.
 */
public final class SettingsUpdater {

  static final String SECTION = "agentmd";

  private final Session session;
  private final DiagnosticsMode diagnostics;

  public SettingsUpdater(Session session, DiagnosticsMode diagnostics) {
    this.session = session;
    this.diagnostics = diagnostics;
  }

  /**
   * The settings from {@code initializationOptions} (defaults when there are none), over the
   * project config files, whose problems go to {@code log}.
   */
  public static ServerSettings initial(Object initializationOptions, ServerLog log) {
    ProjectConfigs configs = ProjectConfigs.reading(log::warning);
    return SettingsParser.unwrap(initializationOptions)
        .map(json -> parse(json, log))
        .orElse(ServerSettings.DEFAULTS)
        .withConfigs(configs);
  }

  /**
   * Files changed on disk ({@code workspace/didChangeWatchedFiles}): when one is a config file,
   * validate the open documents again, which reads it anew.
   */
  public void filesChanged(List<String> uris) {
    boolean config =
        uris.stream()
            .map(OpenDocument::pathOf)
            .flatMap(Optional::stream)
            .anyMatch(path -> path.getFileName() != null && ConfigLocator.isConfigFileName(path.getFileName().toString()));
    if (config) {
      diagnostics.settingsChanged();
    }
  }

  /** After {@code initialized}: ask a pulling client for its settings. */
  public void initialized() {
    if (session.profile().configurationPull()) {
      pull(Optional.empty());
    }
  }

  /** A {@code didChangeConfiguration}: pull when the client can answer, else use what it sent. */
  public void changed(Object pushed) {
    Optional<JsonElement> sent = SettingsParser.unwrap(pushed);
    if (session.profile().configurationPull()) {
      pull(sent);
    } else {
      sent.ifPresent(this::apply);
    }
  }

  private void pull(Optional<JsonElement> fallback) {
    ConfigurationItem item = new ConfigurationItem();
    item.setSection(SECTION);
    session
        .client()
        .configuration(new ConfigurationParams(List.of(item)))
        .thenAccept(
            answers -> {
              Optional<JsonElement> pulled =
                  answers == null || answers.isEmpty() ? Optional.empty() : SettingsParser.unwrap(answers.get(0));
              pulled.or(() -> fallback).ifPresent(this::apply);
            })
        .exceptionally(
            error -> {
              session.log().warning("agentmd: could not read the client's settings: " + error);
              fallback.ifPresent(this::apply);
              return null;
            });
  }

  private void apply(JsonElement json) {
    session.replaceSettings(parse(json, session.log()).withConfigs(session.settings().configs()));
    diagnostics.settingsChanged();
  }

  private static ServerSettings parse(JsonElement json, ServerLog log) {
    SettingsParser.Parsed parsed = SettingsParser.parse(json);
    parsed.warnings().forEach(warning -> log.warning("agentmd settings: " + warning));
    return parsed.settings();
  }
}
