package dev.folio.viewer;

import dev.folio.doc.Source;
import dev.folio.doc.Document;

/** Everything that can happen to the viewer. The runtime posts these; {@code Update} consumes them. */
public sealed interface Msg {
    record KeyPressed(Key key) implements Msg {}

    /** The terminal now has this many columns and rows (including the status line). */
    record Resized(int columns, int rows) implements Msg {}

    /** A {@link Effect.Load} succeeded: show {@code document}, then jump to {@code anchor} if not empty. */
    record Loaded(Source source, Document document, String anchor, Effect.Load.Reason reason) implements Msg {}

    /** A {@link Effect.Load} failed; {@code reason} is one line for the status bar. */
    record LoadFailed(String target, String reason) implements Msg {}

    /** A fetch is under way: {@code received} bytes so far, of {@code total} (-1: not known). */
    record Fetching(java.net.URI url, long received, long total) implements Msg {}


    /** An external open finished (or was refused): one line for the status bar. */
    record OpenResult(String message, boolean error) implements Msg {}

    /** A mouse click at a 0-based screen cell. */
    record Clicked(int column, int row) implements Msg {}

    /**
     * The mouse wheel turned this many notches (positive: down). The viewer decides how far a
     * notch scrolls ({@code Update.WHEEL_LINES}), so the runtime reports notches, never lines.
     */
    record Wheel(int notches) implements Msg {}

    /** The screen came back after a suspend (Ctrl-Z, a terminal opener): everything must be redrawn. */
    record Resumed() implements Msg {}

    /** The file at {@code path} changed on disk (the runtime watches the document being shown). */
    record FileChanged(java.nio.file.Path path) implements Msg {}

    /** An {@link Effect.Edit} finished: the editor exited; one line for the status bar. */
    record Edited(java.nio.file.Path path, String message, boolean error) implements Msg {}

    /**
     * More of a long document has been read ({@code percent} of it; 100 when it is whole). The
     * first part came with {@link Loaded}; the rest arrives in the background.
     */
    record Parsed(Source source, Document document, int percent) implements Msg {}

    /**
     * More of a stream still being written has arrived (stdin from a pipe): {@code document} is
     * everything so far; {@code ended} once the writer closed it.
     */
    record Received(Source source, Document document, boolean ended) implements Msg {}

    /**
     * A search running in the background ({@link Effect.Scan}) found these matches of
     * {@code query} in {@code page} so far, in page order; {@code done} once it searched it all.
     */
    record Found(String query, dev.folio.layout.Page page, java.util.List<Match> matches, boolean done) implements Msg {}

    /** A page laid out in the background ({@link Effect.Compute}): {@code document} at {@code page.width()}. */
    record Laid(Source source, Document document, dev.folio.layout.Page page, int percent) implements Msg {}

    /** A folder was listed ({@link Effect.ListFolder}); titles follow in {@link TitlesRead}. */
    record FolderListed(java.nio.file.Path dir, java.util.List<dev.folio.library.Entry> entries,
                        java.util.List<dev.folio.library.Entry> recent, java.nio.file.Path select,
                        boolean back) implements Msg {}

    /** The listing could not be read; {@code reason} is one line for the status bar. */
    record FolderFailed(java.nio.file.Path dir, String reason) implements Msg {}

    /** Titles of some of a folder's entries, read from their first lines; {@code remaining} still to read. */
    record TitlesRead(java.nio.file.Path dir, java.util.List<dev.folio.library.Entry> entries, int remaining) implements Msg {}

    /**
     * A document's collection ({@link Effect.FindCollection}): its reading order, the web originals
     * of the collection's documents (empty until they are read), and the document's own source address (or null).
     */
    record CollectionFound(java.nio.file.Path document, dev.folio.library.ReadingOrder order,
                           dev.folio.library.Originals originals, String sourceUrl) implements Msg {}

    /**
     * Where to put the reader in a document just loaded: its remembered position, or a bookmark's
     * line ({@code chosen}: the reader asked for it, so it applies even after a key).
     */
    record PositionFound(java.nio.file.Path document, int sourceLine, int run, int offset, boolean chosen) implements Msg {
        public PositionFound(java.nio.file.Path document, int sourceLine, boolean chosen) {
            this(document, sourceLine, 0, 0, chosen);
        }
    }

    /** Every bookmark, newest first ({@link Effect.ListBookmarks}). */
    record BookmarksListed(java.util.List<dev.folio.state.Bookmark> bookmarks) implements Msg {}

    /**
     * Something the reader should know that no key asked for: a cached copy shown offline, a state
     * file set aside; one line for the status bar.
     */
    record Notice(String text, boolean error) implements Msg {
        public Notice(String text) {
            this(text, false);
        }
    }

    /** The collection's search index is being brought up to date: {@code done} of {@code total} documents. */
    record SearchProgress(int done, int total) implements Msg {}

    /** What a collection search found, best first; {@code notices}: the index was rebuilt, and such. */
    record SearchResults(String query, java.util.List<dev.folio.library.SearchHit> hits, long total,
                         java.util.List<String> notices) implements Msg {}
}
