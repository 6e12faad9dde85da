package dev.folio.viewer;

import dev.folio.open.TargetKind;
import java.nio.file.Path;

/** What the viewer asks the runtime to do; the runtime performs it and posts the outcome as a {@link Msg}. */
public sealed interface Effect {
    /** Read, decode and parse a file, then post {@link Msg.Loaded} (or {@link Msg.LoadFailed}). */
    record Load(Path path, String anchor, Reason reason) implements Effect {
        /** Why the document is loaded, so the viewer knows what to do with history. */
        public enum Reason {
            FOLLOW, RELOAD, BACK, FORWARD,
            /** Like FOLLOW: a link to a web page whose local copy (translation) the collection holds. */
            LOCAL_ORIGINAL
        }
    }

    /**
     * Fetch a web document (through the cache; {@code RELOAD} from the network), then post
     * {@link Msg.Loaded} with a web {@link dev.folio.doc.Source} (or {@link Msg.LoadFailed}); while it
     * takes longer than a moment, {@link Msg.Fetching} tells how far it got.
     */
    record Fetch(java.net.URI url, String anchor, Load.Reason reason) implements Effect {}

    /** Stop the fetch under way, if any; it ends with {@link Msg.LoadFailed} saying {@code cancelled}. */
    record CancelFetch() implements Effect {}

    /**
     * Esc: give up the {@link Load} under way, if any (a FIFO or a stuck read); it ends with
     * {@link Msg.LoadFailed} saying {@code cancelled}. Nothing happens when no load is under way.
     */
    record CancelLoad() implements Effect {}

    /**
     * Open a target in an external program. {@code target} is an absolute URI or an absolute
     * path (never starting with {@code -}); the runtime passes it as one argument, never to a shell.
     */
    record OpenExternal(String target, TargetKind kind) implements Effect {}

    /**
     * Open {@code path} in the user's editor at the 1-based {@code line}, with the terminal lent to
     * it; post {@link Msg.Edited} when it exits.
     */
    record Edit(Path path, int line) implements Effect {}

    /** Put text on the clipboard (OSC 52). */
    record Copy(String text) implements Effect {}

    record Quit() implements Effect {}

    /** Report the mouse to folio ({@code true}), or leave it to the terminal's own selection and copy. */
    record MouseCapture(boolean captured) implements Effect {}

    /**
     * Pure but slow work (laying out a long document) to run off the thread that owns the state;
     * its message is posted when done. A newer request for the same {@code slot} supersedes one
     * that has not started.
     */
    record Compute(String slot, java.util.function.Supplier<Msg> work) implements Effect {}

    /**
     * Pure but long work that reports as it goes (searching a long page): run off the thread that
     * owns the state, posting its messages; a newer scan for the same {@code slot} stops the one
     * under way (its thread is interrupted, and what it posts after that is dropped).
     */
    record Scan(String slot, Scanner scanner) implements Effect {}

    /** Stop the scan under way in {@code slot}, if any (Esc). */
    record StopScan(String slot) implements Effect {}

    /** The work of a {@link Scan}: posts messages as it goes, and returns early once its thread is interrupted. */
    @FunctionalInterface
    interface Scanner {
        void run(java.util.function.Consumer<Msg> post);
    }

    /**
     * List a folder for the library view ({@link Msg.FolderListed}), then read its documents'
     * titles in the background ({@link Msg.TitlesRead}); {@code select} (or null) is the entry to
     * select; {@code back}: the reader is going back to it (history moves back, not forward).
     */
    record ListFolder(Path dir, Path select, boolean back) implements Effect {}

    /** A link to a folder: open its README.md or index.md when it has one, else its library view. */
    record OpenFolder(Path dir) implements Effect {}

    /**
     * A document was opened: find its collection (reading order, web originals, source address:
     * {@link Msg.CollectionFound}) and note it among the recent documents; with {@code restore},
     * also where the reader stopped in it last time ({@link Msg.PositionFound}), if remembered.
     */
    record FindCollection(Path document, boolean restore) implements Effect {}

    /**
     * Remember that the reader is at {@code sourceLine} (1-based) of {@code document}: the
     * {@code run}-th stretch of page lines from that source line, {@code offset} characters into
     * it (a line within a wrapped paragraph, at any width; see {@link TextAnchor}).
     */
    record SavePosition(Path document, int sourceLine, int run, int offset) implements Effect {
        public SavePosition(Path document, int sourceLine) {
            this(document, sourceLine, 0, 0);
        }
    }

    /** Mark a place: the document, the source line, the section it is in and the text shown there. */
    record AddBookmark(Path document, int sourceLine, String section, String text) implements Effect {}

    /** Search every document under {@code root} ({@link Msg.SearchProgress}, then {@link Msg.SearchResults}). */
    record SearchCollection(Path root, String query) implements Effect {}

    /** Read every bookmark ({@link Msg.BookmarksListed}). */
    record ListBookmarks() implements Effect {}

    record RemoveBookmark(dev.folio.state.Bookmark bookmark) implements Effect {}
}
