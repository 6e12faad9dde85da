package dev.folio.viewer;

import dev.folio.layout.Line;
import java.util.List;

/** The document as a file: edit it in the user's editor, and read it again when it changes. */
final class FileActions {
    private FileActions() {}

    /** {@code e}: the editor opens the file at the source line of the top of the screen. */
    static Step edit(ViewerState s) {
        if (s.source() == null) {
            return Step.of(s);
        }
        if (s.source().path() == null) {
            return Step.of(s.withStatus(Status.info(Following.shown(s.source().name()) + " is not a file to edit")));
        }
        return Step.of(s.withStatus(Status.info("editing " + Following.shown(s.source().name()) + "…")),
                new Effect.Edit(s.source().path(), sourceLineAtTop(s)));
    }

    /**
     * The 1-based source line shown at the top; a line without one (a blank between blocks)
     * takes the next line's, so the editor opens on the text the reader is looking at.
     */
    static int sourceLineAtTop(ViewerState s) {
        List<Line> lines = s.page().lines();
        for (int i = s.top(); i < lines.size(); i++) {
            if (lines.get(i).sourceLine() > 0) {
                return lines.get(i).sourceLine();
            }
        }
        return 1;
    }

    /** The editor exited: say how, and read the file again (in place) if it is still shown. */
    static Step edited(ViewerState s, Msg.Edited msg) {
        String text = Following.shown(msg.message());
        ViewerState told = s.withStatus(msg.error() ? Status.error(text) : Status.info(text));
        if (!isShown(s, msg.path())) {
            return Step.of(told);
        }
        return Step.of(told, new Effect.Load(msg.path(), "", Effect.Load.Reason.RELOAD));
    }

    /** The file on screen changed on disk: reload it, keeping the reading position. */
    static Step changed(ViewerState s, Msg.FileChanged msg) {
        if (!isShown(s, msg.path())) {
            return Step.of(s); // a late notice about a document the reader has left
        }
        return Step.of(s, new Effect.Load(msg.path(), "", Effect.Load.Reason.RELOAD));
    }

    private static boolean isShown(ViewerState s, java.nio.file.Path path) {
        return s.source() != null && s.source().path() != null && s.source().path().equals(path);
    }
}
