package dev.folio.tui;

import dev.folio.doc.Document;
import java.io.IOException;
import java.net.URI;

/**
 * Fetches a web document the viewer asked for ({@code Effect.Fetch}) and makes its document. Called
 * on the runtime's fetch thread; an interrupt (Esc) cancels it. The command line supplies the real
 * one; the runtime never sees the HTTP client.
 */
@FunctionalInterface
public interface WebDocumentLoader {
    /** A web document: where it ended up (after redirects), its document, and a note for the status line (may be empty). */
    record Page(URI url, Document document, String note) {}

    /** Told as the body arrives: bytes so far, and the announced length (-1: unknown). */
    @FunctionalInterface
    interface Progress {
        void update(long received, long total);
    }

    /**
     * @param reload whether to ask the network afresh instead of trusting the cache
     * @throws IOException          with one line saying what went wrong ({@code 404 Not Found})
     * @throws InterruptedException the fetch was cancelled
     */
    Page load(URI url, boolean reload, Progress progress) throws IOException, InterruptedException;

    /** For sessions that have no web access (tests, the rehearsal). */
    WebDocumentLoader NONE = (url, reload, progress) -> {
        throw new IOException("web documents cannot be read here");
    };
}
