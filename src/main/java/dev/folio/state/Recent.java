package dev.folio.state;

import java.nio.file.Path;
import java.time.Instant;

/**
 * A document or folder opened recently.
 *
 * @param path   its real path
 * @param folder whether it is a folder (a library view)
 */
public record Recent(Path path, boolean folder, Instant opened) {}
