package dev.agentmd.core.config;

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
  void editorGlobsMatchAbsolutePathsAtAnyDepth(String glob, String path, boolean matches) {
    assertEquals(matches, Glob.of(glob).matches(Path.of(path)));
  }

  @ParameterizedTest
  @CsvSource({
    "drafts, /p/drafts/a.md, true",
    "drafts, /p/x/drafts/a.md, true",
    "drafts, /drafts/a.md, false",
    "drafts/, /p/drafts/deep/a.md, true",
    "*.draft.md, /p/deep/a.draft.md, true",
    "prompts/*.md, /p/prompts/a.md, true",
    "prompts/*.md, /p/x/prompts/a.md, false",
    "/prompts/*.md, /p/prompts/a.md, true",
    "./prompts/*.md, /p/prompts/a.md, true",
    "**/prompts/*.md, /p/x/prompts/a.md, true",
    ".claude/agents/old/**, /p/.claude/agents/old/a.md, true",
    ".claude/agents/old, /p/.claude/agents/old/team/a.md, true",
    "'.claude/agents/{old,wip}/*.md', /p/.claude/agents/wip/a.md, true",
    "test/**, /home/test/p/a.md, false"
  })
  void configGlobsAreRelativeToTheConfigFolder(String glob, String path, boolean matches) {
    assertEquals(matches, Glob.inFolder(glob, Path.of("/p")).matches(Path.of(path)), glob + " " + path);
  }

  @ParameterizedTest
  @CsvSource({"'  '", "'**/{a,b.md'", "/"})
  void badGlobsAreRejected(String glob) {
    assertThrows(IllegalArgumentException.class, () -> Glob.inFolder(glob, Path.of("/p")));
  }
}
