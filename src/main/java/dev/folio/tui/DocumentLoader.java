package dev.folio.tui;

import dev.folio.doc.Document;

import java.io.IOException;
import java.nio.file.Path;

/**
 * Reads, decodes and parses a document the viewer asked for ({@code Effect.Load}). Called on the
 * runtime's worker thread, never on the thread that owns the viewer state. The CLI supplies it
 * (its decoder and parser): the runtime knows no Markdown.
 */
@FunctionalInterface
public interface DocumentLoader {
    /**
     * @throws IOException when the file cannot be read or decoded; its message becomes the
     *                     status line's reason
     */
    Document load(Path path) throws IOException;
}
