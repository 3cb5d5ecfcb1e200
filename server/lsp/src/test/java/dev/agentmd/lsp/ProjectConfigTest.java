package dev.agentmd.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeWatchedFilesParams;
import org.eclipse.lsp4j.FileChangeType;
import org.eclipse.lsp4j.FileEvent;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.eclipse.lsp4j.RegistrationParams;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server reads a project's {@code .agentmd.yaml} and lays the editor's settings over it. */
class ProjectConfigTest {

  @TempDir Path project;

  private String agent(String relative) throws IOException {
    Path file = project.resolve(relative);
    Files.createDirectories(file.getParent());
    return file.toUri().toString();
  }

  private void config(String text) throws IOException {
    Files.writeString(project.resolve(".agentmd.yaml"), text);
  }

  @Test
  void theNearestConfigFileApplies() throws IOException {
    config("rules:\n  schema/unknown-key: off\n");
    try (LspSession session = LspSession.initialized(Clients.bare().build())) {
      String uri = agent(".claude/agents/reviewer.md");
      session.open(uri, DiagnosticsTest.TYPO);
      assertEquals(List.of(), session.client.awaitDiagnostics(uri, p -> true).getDiagnostics());
    }
  }

  @Test
  void editorSettingsWinOverTheConfigFilePerRule() throws IOException {
    config("rules:\n  schema/unknown-key: off\n  yaml/strict-incompatible: error\n");
    try (LspSession session = LspSession.initialized(Clients.bare().build())) {
      SettingsTest.configure(session, "{\"agentmd\": {\"rules\": {\"schema/unknown-key\": \"hint\"}}}");
      String uri = agent(".claude/agents/reviewer.md");
      session.open(uri, DiagnosticsTest.TYPO.replace("Reviews code.", "Use when: reviewing"));
      PublishDiagnosticsParams published = session.client.awaitDiagnostics(uri, p -> p.getDiagnostics().size() == 2);
      assertEquals(List.of("yaml/strict-incompatible", "schema/unknown-key"), DiagnosticsTest.codes(published));
      assertEquals(DiagnosticSeverity.Error, published.getDiagnostics().get(0).getSeverity());
      assertEquals(DiagnosticSeverity.Hint, published.getDiagnostics().get(1).getSeverity());
    }
  }

  @Test
  void excludedFilesAreNotCheckedAndIncludedOnesAre() throws IOException {
    config("files:\n  include: [prompts/*.md]\n  exclude: [.claude/agents/old]\n");
    try (LspSession session = LspSession.initialized(Clients.bare().build())) {
      String excluded = agent(".claude/agents/old/reviewer.md");
      String included = agent("prompts/reviewer.md");
      session.open(excluded, DiagnosticsTest.TYPO);
      session.open(included, DiagnosticsTest.TYPO);
      session.client.awaitDiagnostics(included, p -> p.getDiagnostics().size() == 1);
      assertEquals(
          List.of(),
          session.client.allDiagnostics.stream().filter(p -> p.getUri().equals(excluded)).toList(),
          "nothing is published for an excluded file");
    }
  }

  @Test
  void aChangedConfigFileValidatesOpenDocumentsAgain() throws IOException {
    config("rules:\n  schema/unknown-key: off\n");
    try (LspSession session = LspSession.initialized(Clients.bare().watchedFiles().build())) {
      RegistrationParams registered =
          TestClient.await(
              session.client.registrations,
              r -> r.getRegistrations().get(0).getMethod().equals("workspace/didChangeWatchedFiles"),
              "the config file watcher");
      // Over the wire the options arrive as plain JSON.
      String options = String.valueOf(registered.getRegistrations().get(0).getRegisterOptions());
      assertTrue(options.contains("**/.agentmd.{yaml,yml}"), options);

      String uri = agent(".claude/agents/reviewer.md");
      session.open(uri, DiagnosticsTest.TYPO);
      assertEquals(List.of(), session.client.awaitDiagnostics(uri, p -> true).getDiagnostics());

      config("rules:\n  schema/unknown-key: error\n");
      session.server.getWorkspaceService().didChangeWatchedFiles(
          new DidChangeWatchedFilesParams(
              List.of(new FileEvent(project.resolve(".agentmd.yaml").toUri().toString(), FileChangeType.Changed))));
      PublishDiagnosticsParams again = session.client.awaitDiagnostics(uri, p -> !p.getDiagnostics().isEmpty());
      assertEquals(DiagnosticSeverity.Error, again.getDiagnostics().get(0).getSeverity());
    }
  }

  @Test
  void problemsInTheConfigFileAreLoggedWithTheirPositionAndTheRestApplies() throws IOException {
    config("rules:\n  schema/unknown-key: off\n  no/such-rule: error\n");
    try (LspSession session = LspSession.initialized(Clients.bare().build())) {
      String uri = agent(".claude/agents/reviewer.md");
      session.open(uri, DiagnosticsTest.TYPO);
      assertEquals(List.of(), session.client.awaitDiagnostics(uri, p -> true).getDiagnostics());
      session.client.awaitLog(message -> message.contains(".agentmd.yaml:3:3: Unknown rule `no/such-rule`"));
    }
  }
}
