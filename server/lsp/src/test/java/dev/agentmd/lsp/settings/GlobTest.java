package dev.agentmd.lsp.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class GlobTest {

  @ParameterizedTest
  @CsvSource({
    "**/.claude/agents/**/*.md, /home/me/p/.claude/agents/x.md, true",
    "**/.claude/agents/**/*.md, /home/me/p/.claude/agents/team/x.md, true",
    "**/.claude/agents/**/*.md, /home/me/p/.claude/x.md, false",
    "prompts/*.md, /home/me/p/prompts/x.md, true",
    "prompts/*.md, /home/me/p/prompts/deep/x.md, false",
    "/home/me/p/*.md, /home/me/p/x.md, true",
    "/home/me/p/*.md, /other/home/me/p/x.md, false",
    "'**/*.{agent,prompt}.md', /p/a.prompt.md, true",
    "'**/*.{agent,prompt}.md', /p/a.skill.md, false",
    "**/a?c.md, /p/abc.md, true",
    "**/a.c.md, /p/abc.md, false"
  })
  void globsMatchAbsolutePaths(String glob, String path, boolean matches) {
    assertEquals(matches, Glob.of(glob).matches(Path.of(path)));
  }

  @ParameterizedTest
  @CsvSource({"'  '", "'**/{a,b.md'"})
  void badGlobsAreRejected(String glob) {
    assertThrows(IllegalArgumentException.class, () -> Glob.of(glob));
  }
}
