package dev.folio.tui;

import dev.folio.doc.Document;
import dev.folio.viewer.Source;
import dev.folio.viewer.ViewerOptions;

/**
 * What the viewer opens with: the first document (or its first part), where it came from, how
 * to show it, and the rest of it to read in the background ({@link Remainder#NONE} when whole).
 */
public record Start(Source source, Document document, ViewerOptions options, Remainder remainder) {
    public Start(Source source, Document document, ViewerOptions options) {
        this(source, document, options, Remainder.NONE);
    }
}
