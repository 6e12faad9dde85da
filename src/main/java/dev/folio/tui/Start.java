package dev.folio.tui;

import dev.folio.doc.Document;
import dev.folio.doc.Source;
import dev.folio.viewer.Collaborators;
import dev.folio.viewer.ViewerOptions;

/**
 * What the viewer opens with: the first document (or its first part), where it came from, how
 * to show it, the viewer's collaborators (link resolver, layout, keys), and the rest of the
 * document to read in the background ({@link Remainder#NONE} when whole); the place to open at
 * ({@code anchor}, the fragment of a web address; may be empty) and a line for the status bar
 * ({@code notice}: a web document shown from the cache while offline; may be empty).
 *
 * <p>A <em>deferred</em> start has no document yet ({@code document} null): the screen is painted
 * at once with {@code notice} as progress ({@code parsing…}, {@code receiving…}), and the remainder
 * posts the document ({@code Msg.Loaded}) when it has it, so a long parse never leaves the terminal blank.
 */
public record Start(Source source, Document document, ViewerOptions options, Collaborators collaborators,
                    Remainder remainder, String anchor, String notice) {
    public Start {
        anchor = anchor == null ? "" : anchor;
        notice = notice == null ? "" : notice;
    }

    /** No document yet: {@code remainder} posts it; {@code progress} says what is happening meanwhile. */
    public static Start deferred(Source source, ViewerOptions options, Collaborators collaborators, Remainder remainder,
                                 String anchor, String progress) {
        return new Start(source, null, options, collaborators, remainder, anchor, progress);
    }

    public boolean isDeferred() {
        return document == null;
    }

    /** At the top, with nothing to say. */
    public Start(Source source, Document document, ViewerOptions options, Collaborators collaborators, Remainder remainder) {
        this(source, document, options, collaborators, remainder, "", "");
    }

    /** The standard collaborators, a whole document. */
    public Start(Source source, Document document, ViewerOptions options) {
        this(source, document, options, Collaborators.standard(), Remainder.NONE);
    }
}
