package dev.agentmd.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.List;
import org.eclipse.lsp4j.DiagnosticSeverity;
import org.eclipse.lsp4j.DidChangeConfigurationParams;
import org.eclipse.lsp4j.MessageType;
import org.eclipse.lsp4j.PublishDiagnosticsParams;
import org.junit.jupiter.api.Test;

class SettingsTest {

  static JsonElement json(String text) {
    return JsonParser.parseString(text);
  }

  static void configure(LspSession session, String settings) {
    session.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(json(settings)));
  }

  @Test
  void turningARuleOffValidatesOpenDocumentsAgain() {
    try (LspSession session = LspSession.initialized(Clients.bare().build())) {
      String uri = LspSession.agentUri("reviewer.md");
      session.open(uri, DiagnosticsTest.TYPO);
      session.client.awaitDiagnostics(uri, p -> !p.getDiagnostics().isEmpty());
      configure(session, "{\"agentmd\": {\"rules\": {\"schema/unknown-key\": \"off\"}}}");
      PublishDiagnosticsParams again = session.client.awaitDiagnostics(uri, p -> true);
      assertEquals(List.of(), again.getDiagnostics());
      assertEquals(1, again.getVersion());
    }
  }

  @Test
  void initializationOptionsApplyFromTheFirstDiagnostics() {
    try (LspSession session = LspSession.start()) {
      session.initialize(
          Clients.bare().build(), json("{\"settings\": {\"agentmd\": {\"rules\": {\"schema/unknown-key\": \"error\"}}}}"));
      String uri = LspSession.agentUri("reviewer.md");
      session.open(uri, DiagnosticsTest.TYPO);
      PublishDiagnosticsParams published = session.client.awaitDiagnostics(uri, p -> true);
      assertEquals(DiagnosticSeverity.Error, published.getDiagnostics().get(0).getSeverity());
    }
  }

  @Test
  void badSettingsAreLoggedAndIgnoredWhileTheRestApplies() {
    try (LspSession session = LspSession.initialized(Clients.bare().build())) {
      String uri = LspSession.agentUri("reviewer.md");
      session.open(uri, CodeActionTest.QUOTABLE);
      session.client.awaitDiagnostics(uri, p -> p.getDiagnostics().size() == 3);
      configure(
          session,
          """
          {"agentmd": {
            "rules": {"no/such-rule": "off", "schema/unknown-key": "loud", "schema/type": "off"},
            "tools": "Read",
            "models": {"extra": ["my-model", 7]},
            "files": {"include": ["{unclosed"]},
            "colour": true}}
          """);
      for (String expected : List.of("no/such-rule", "schema/unknown-key", "agentmd.tools", "ignoring 7", "{unclosed", "colour")) {
        var logged = session.client.awaitLog(message -> message.contains(expected));
        assertEquals(MessageType.Warning, logged.getType());
      }
      PublishDiagnosticsParams again = session.client.awaitDiagnostics(uri, p -> true);
      assertEquals(List.of("schema/unknown-key"), DiagnosticsTest.codes(again));
    }
  }

  @Test
  void settingsThatAreNotAnObjectAreLoggedAndTheDefaultsApply() {
    try (LspSession session = LspSession.initialized(Clients.bare().build())) {
      configure(session, "{\"agentmd\": {\"rules\": {\"schema/unknown-key\": \"off\"}}}");
      configure(session, "{\"agentmd\": [1, 2]}");
      session.client.awaitLog(message -> message.contains("must be an object"));
      String uri = LspSession.agentUri("reviewer.md");
      session.open(uri, DiagnosticsTest.TYPO);
      assertEquals(List.of("schema/unknown-key"), DiagnosticsTest.codes(session.client.awaitDiagnostics(uri, p -> true)));
    }
  }

  @Test
  void filesIncludeMakesMatchingFilesAgentFiles() {
    try (LspSession session = LspSession.initialized(Clients.bare().build())) {
      String uri = LspSession.markdownUri("reviewer.md");
      session.open(uri, DiagnosticsTest.TYPO);
      configure(session, "{\"agentmd\": {\"files\": {\"include\": [\"**/docs/*.md\"]}}}");
      session.client.awaitDiagnostics(uri, p -> DiagnosticsTest.codes(p).equals(List.of("schema/unknown-key")));
      configure(session, "{\"agentmd\": {}}");
      session.client.awaitDiagnostics(uri, p -> p.getDiagnostics().isEmpty());
    }
  }

  @Test
  void aClientThatAnswersConfigurationRequestsIsAskedAfterInitializedAndOnEachChange() {
    try (LspSession session = LspSession.start()) {
      session.client.configuration = json("{\"rules\": {\"schema/unknown-key\": \"hint\"}}");
      session.initialize(Clients.bare().configurationPull().build(), null);
      assertEquals(
          "workspace/didChangeConfiguration",
          TestClient.await(session.client.registrations, r -> true, "a registration").getRegistrations().get(0).getMethod());
      assertEquals("agentmd", TestClient.await(session.client.configurationRequests, r -> true, "a pull").getItems().get(0).getSection());
      String uri = LspSession.agentUri("reviewer.md");
      session.open(uri, DiagnosticsTest.TYPO);
      session.client.awaitDiagnostics(
          uri, p -> !p.getDiagnostics().isEmpty() && p.getDiagnostics().get(0).getSeverity() == DiagnosticSeverity.Hint);
      session.client.configuration = json("{\"rules\": {\"schema/unknown-key\": \"off\"}}");
      session.server.getWorkspaceService().didChangeConfiguration(new DidChangeConfigurationParams(com.google.gson.JsonNull.INSTANCE));
      session.client.awaitDiagnostics(uri, p -> p.getDiagnostics().isEmpty());
    }
  }

  @Test
  void aPullClientIsAskedToPullAgainWhenSettingsChange() {
    try (LspSession session = LspSession.initialized(Clients.bare().pullDiagnostics().build())) {
      configure(session, "{\"agentmd\": {\"rules\": {\"schema/unknown-key\": \"off\"}}}");
      assertTrue((Boolean) TestClient.await(session.client.refreshes, r -> true, "a refresh"));
    }
  }
}
