package dev.agentmd.lsp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.analysis.SourceDocument;
import dev.agentmd.core.config.Settings;
import dev.agentmd.core.features.HoverInfo;
import dev.agentmd.core.kind.FileKind;
import dev.agentmd.core.schema.KindSchema;
import dev.agentmd.core.syntax.ParsedFile;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.lsp4j.DidOpenTextDocumentParams;
import org.eclipse.lsp4j.HoverParams;
import org.eclipse.lsp4j.InitializeParams;
import org.eclipse.lsp4j.InitializedParams;
import org.eclipse.lsp4j.Position;
import org.eclipse.lsp4j.TextDocumentIdentifier;
import org.eclipse.lsp4j.TextDocumentItem;
import org.eclipse.lsp4j.jsonrpc.Launcher;
import org.eclipse.lsp4j.launch.LSPLauncher;
import org.eclipse.lsp4j.services.LanguageServer;
import org.junit.jupiter.api.Test;

/**
 * Through {@link AgentmdLanguageServer#run}, as {@code agentmd lsp} calls it: whatever the core or a
 * library prints to {@code System.out} goes to the log, and the real stdout carries only JSON-RPC.
 */
class StdoutTest {

  /** The standard engine, with a library that chats on stdout when created and while working. */
  static final class ChattyEngine extends ForwardingEngine {
    ChattyEngine() {
      System.out.println("chatty engine loaded");
    }

    @Override
    public AnalysisResult analyze(SourceDocument document, FileKind kind, Settings settings) {
      System.out.println("chatty analysis");
      System.out.print("{\"not\": \"json-rpc\"}");
      return super.analyze(document, kind, settings);
    }

    @Override
    public Optional<HoverInfo> hover(ParsedFile file, KindSchema schema, int offset) {
      System.out.println("chatty hover");
      return super.hover(file, schema, offset);
    }
  }

  @Test
  void nothingButJsonRpcReachesStdout() throws IOException {
    Wire toServer = Wire.open();
    Wire toClient = Wire.open();
    ByteArrayOutputStream stdoutBytes = new ByteArrayOutputStream();
    PrintStream stdout = new PrintStream(new Tee(stdoutBytes, toClient.out()), true, StandardCharsets.UTF_8);
    ByteArrayOutputStream logBytes = new ByteArrayOutputStream();
    PrintStream log = new PrintStream(logBytes, true, StandardCharsets.UTF_8);

    PrintStream original = System.out;
    ExecutorService threads = Executors.newCachedThreadPool(runnable -> {
      Thread thread = new Thread(runnable, "stdout-test");
      thread.setDaemon(true);
      return thread;
    });
    System.setOut(stdout);
    try {
      CompletableFuture<Integer> exit =
          CompletableFuture.supplyAsync(() -> AgentmdLanguageServer.run(toServer.in(), stdout, log, ChattyEngine::new), threads);
      TestClient client = new TestClient();
      Launcher<LanguageServer> launcher = LSPLauncher.createClientLauncher(client, toClient.in(), toServer.out(), threads, consumer -> consumer);
      launcher.startListening();
      LanguageServer server = launcher.getRemoteProxy();
      InitializeParams params = new InitializeParams();
      params.setCapabilities(Clients.bare().build());
      LspSession.get(server.initialize(params));
      server.initialized(new InitializedParams());
      String uri = LspSession.agentUri("reviewer.md");
      server.getTextDocumentService().didOpen(new DidOpenTextDocumentParams(new TextDocumentItem(uri, "markdown", 1, DiagnosticsTest.TYPO)));
      assertEquals(List.of("schema/unknown-key"), DiagnosticsTest.codes(client.awaitDiagnostics(uri, p -> true)));
      LspSession.get(server.getTextDocumentService().hover(new HoverParams(new TextDocumentIdentifier(uri), new Position(1, 1))));
      LspSession.get(server.shutdown());
      server.exit();
      assertEquals(0, LspSession.get(exit));
      assertEquals(stdout, System.out, "run restores System.out");
    } finally {
      System.setOut(original);
      toServer.close();
      toClient.close();
      threads.shutdownNow();
    }

    List<JsonObject> messages = frames(stdoutBytes.toByteArray());
    assertTrue(messages.size() >= 4, "initialize, diagnostics, hover and shutdown answers: " + messages);
    messages.forEach(message -> assertEquals("2.0", message.get("jsonrpc").getAsString()));
    String logged = logBytes.toString(StandardCharsets.UTF_8);
    for (String chatter : List.of("chatty engine loaded", "chatty analysis", "{\"not\": \"json-rpc\"}", "chatty hover")) {
      assertTrue(logged.contains(chatter), "the log has `" + chatter + "`");
    }
  }

  /** Splits a stdout capture into LSP frames; fails on any byte that is not part of one. */
  static List<JsonObject> frames(byte[] bytes) {
    List<JsonObject> out = new ArrayList<>();
    Pattern header = Pattern.compile("Content-Length: (\\d+)\r\n(?:Content-Type: [^\r\n]*\r\n)?\r\n");
    int at = 0;
    while (at < bytes.length) {
      String rest = new String(bytes, at, Math.min(200, bytes.length - at), StandardCharsets.ISO_8859_1);
      Matcher matcher = header.matcher(rest);
      assertTrue(matcher.lookingAt(), "a frame header at byte " + at + ", not: " + rest);
      int length = Integer.parseInt(matcher.group(1));
      int bodyStart = at + matcher.end();
      String body = new String(bytes, bodyStart, length, StandardCharsets.UTF_8);
      out.add(JsonParser.parseString(body).getAsJsonObject());
      at = bodyStart + length;
    }
    return out;
  }

  /** Writes to two streams: the client's pipe, and a capture of everything stdout carried. */
  static final class Tee extends OutputStream {
    private final OutputStream capture;
    private final OutputStream pipe;

    Tee(OutputStream capture, OutputStream pipe) {
      this.capture = capture;
      this.pipe = pipe;
    }

    @Override
    public synchronized void write(int b) throws IOException {
      capture.write(b);
      pipe.write(b);
    }

    @Override
    public synchronized void write(byte[] b, int off, int len) throws IOException {
      capture.write(b, off, len);
      pipe.write(b, off, len);
    }

    @Override
    public void flush() throws IOException {
      pipe.flush();
    }
  }
}
