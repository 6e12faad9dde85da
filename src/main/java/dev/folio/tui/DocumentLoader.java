package dev.folio.tui;

import dev.folio.doc.Document;
import dev.folio.markdown.MarkdownParser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads, decodes and parses a document the viewer asked for ({@code Effect.Load}). Called on the
 * runtime's worker thread, never on the thread that owns the viewer state.
 */
@FunctionalInterface
public interface DocumentLoader {
    /**
     * @throws IOException when the file cannot be read or decoded; its message becomes the
     *                     status line's reason
     */
    Document load(Path path) throws IOException;

    /** Strict UTF-8 and folio's Markdown parser; the CLI supplies its own decoder instead. */
    static DocumentLoader utf8Markdown() {
        return path -> new MarkdownParser().parse(Files.readString(path, StandardCharsets.UTF_8));
    }
}
