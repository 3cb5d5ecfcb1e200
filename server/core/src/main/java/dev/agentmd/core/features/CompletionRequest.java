package dev.agentmd.core.features;

import dev.agentmd.core.config.Settings;
import dev.agentmd.core.schema.KindSchema;
import dev.agentmd.core.syntax.ParsedFile;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What completion needs: the file as the editor has it now, its kind's schema, the user's settings
 * (extra tools and models), the file's path (for {@code name}) and the cursor.
 *
 * @param offset the cursor as a UTF-16 offset into {@code file.text()}
 */
public record CompletionRequest(
    ParsedFile file, KindSchema schema, Settings settings, Optional<Path> path, int offset) {}
