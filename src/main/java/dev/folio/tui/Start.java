package dev.folio.tui;

import dev.folio.doc.Document;
import dev.folio.doc.Source;
import dev.folio.viewer.Collaborators;
import dev.folio.viewer.ViewerOptions;

/**
 * What the viewer opens with: the first document (or its first part), where it came from, how
 * to show it, the viewer's collaborators (link resolver, layout, keys), and the rest of the
 * document to read in the background ({@link Remainder#NONE} when whole).
 */
public record Start(Source source, Document document, ViewerOptions options, Collaborators collaborators,
                    Remainder remainder) {
    /** The standard collaborators, a whole document. */
    public Start(Source source, Document document, ViewerOptions options) {
        this(source, document, options, Collaborators.standard(), Remainder.NONE);
    }
}
