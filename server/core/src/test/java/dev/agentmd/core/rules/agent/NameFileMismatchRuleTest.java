package dev.agentmd.core.rules.agent;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.agentmd.core.analysis.AnalysisResult;
import dev.agentmd.core.finding.Edit;
import dev.agentmd.core.finding.Finding;
import dev.agentmd.core.rules.FixedText;
import dev.agentmd.core.testing.Fixture;
import org.junit.jupiter.api.Test;

class NameFileMismatchRuleTest {

  @Test
  void aNameThatMatchesTheFileNameIsFine() {
    Fixture.of("---\nname: code-reviewer\ndescription: Reviews code.\n---\nBody.\n")
        .at(".claude/agents/review/code-reviewer.md")
        .checkClean();
  }

  @Test
  void aDifferentNameOffersToChangeTheNameOrRenameTheFile() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: "reviewer"
                      ^^^^^^^^^^ agent/name-file-mismatch the file is `code-reviewer.md`
                description: Reviews code.
                ---
                You review code.
                """)
            .at(".claude/agents/code-reviewer.md")
            .check();
    Finding finding = FixedText.only(result, "agent/name-file-mismatch");
    assertEquals(2, finding.fixes().size());
    assertEquals("name: \"code-reviewer\"", FixedText.apply(result.file().text(), finding.fixes().get(0)).lines().toList().get(1));
    assertEquals(new Edit.RenameFile("reviewer.md"), finding.fixes().get(1).edits().get(0));
  }

  @Test
  void aNameThatCannotBeAFileNameOnlyOffersToChangeTheName() {
    AnalysisResult result =
        Fixture.of(
                """
                ---
                name: review/code
                      ^^^^^^^^^^^ agent/name-file-mismatch
                description: Reviews code.
                ---
                You review code.
                """)
            .at(".claude/agents/code-reviewer.md")
            .onlyRules("agent/name-file-mismatch")
            .check();
    assertEquals(1, FixedText.only(result, "agent/name-file-mismatch").fixes().size());
  }

  @Test
  void aNamespacePrefixOrAFolderPerAgentLayoutIsDeliberate() {
    Fixture.of("---\nname: backend-test-automator\ndescription: Reviews code.\n---\nBody.\n")
        .at("plugins/backend/agents/test-automator.md")
        .checkClean();
    Fixture.of("---\nname: api-developer\ndescription: Reviews code.\n---\nBody.\n")
        .at(".claude/agents/api-developer/agent.md")
        .checkClean();
  }

  @Test
  void aNameThatIsNotTextIsLeftToTheSchema() {
    Fixture.of("---\nname: 3000\ndescription: Reviews code.\n---\nBody.\n")
        .at(".claude/agents/code-reviewer.md")
        .onlyRules("agent/name-file-mismatch")
        .checkClean();
  }
}
