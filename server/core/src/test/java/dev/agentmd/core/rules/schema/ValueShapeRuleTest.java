package dev.agentmd.core.rules.schema;

import dev.agentmd.core.testing.Fixture;
import org.junit.jupiter.api.Test;

class ValueShapeRuleTest {

  @Test
  void twoServersInOneMcpServersEntryAreAWarning() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            mcpServers:
              - {github: {type: http, url: "https://api.githubcopilot.com/mcp/"}, docs: {type: http, url: "https://mcp.example.com/mcp"}}
                ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^ schema/shape a single-key map
            ---
            You review code.
            """)
        .crlf()
        .check();
  }

  @Test
  void anEmptyMcpServersEntryIsAWarning() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            mcpServers:
              - {}
                ^^ schema/shape a single-key map
            ---
            You review code.
            """)
        .check();
  }

  @Test
  void namedAndInlineServersInTheirDocumentedShapesAreFine() {
    Fixture.of(
            """
            ---
            name: reviewer
            description: Reviews code.
            mcpServers:
              - github
              - playwright:
                  type: stdio
                  command: npx
                  args: ["-y", "@playwright/mcp@latest"]
              - docs:
                  type: http
                  url: https://mcp.example.com/mcp
              - local:
                  command: ./server.sh
            ---
            You review code.
            """)
        .checkClean();
  }
}
