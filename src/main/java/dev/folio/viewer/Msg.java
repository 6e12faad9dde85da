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

    /** A page laid out in the background ({@link Effect.Compute}): {@code document} at {@code page.width()}. */
    record Laid(Source source, Document document, dev.folio.layout.Page page, int percent) implements Msg {}
}
