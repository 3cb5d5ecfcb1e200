package dev.agentmd.lsp.handlers;

import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.services.WorkspaceService;

/**
 * {@code workspace/*}: configuration changes, and file events for config files ({@code
 * .agentmd.yaml}); other file events need nothing (open files are the truth).
 */
public final class WorkspaceHandler implements WorkspaceService {

  private volatile SettingsUpdater settings;

  public void start(SettingsUpdater updater) {
    this.settings = updater;
  }

  @Override
  public void didChangeConfiguration(DidChangeConfigurationParams params) {
    SettingsUpdater current = settings;
    if (current != null) {
      current.changed(params.getSettings());
    }
  }

  @Override
  public void didChangeWatchedFiles(DidChangeWatchedFilesParams params) {
    // Only open documents are checked, and their text comes from the editor, not the disk; but a
    // changed config file changes their settings.
    SettingsUpdater current = settings;
    if (current != null && params.getChanges() != null) {
      current.filesChanged(params.getChanges().stream().map(FileEvent::getUri).toList());
    }
  }
}
