package dev.folio.viewer;

import dev.folio.doc.Document;
import dev.folio.layout.Page;

/**
 * Long documents, kept responsive. The first part of a long document is shown as soon as it is
 * read ({@link Msg.Loaded}) and the rest arrives in parts ({@link Msg.Parsed}); each longer
 * document, and a long page after a resize, is laid out off the thread that owns the state
 * ({@link Effect.Compute}, then {@link Msg.Laid}), so no key waits for a layout of the whole. A
 * page is installed only while it is still the document and the width being shown; the reader
 * stays on the same text, and a search finds the matches in the new part too.
 */
final class LongDocuments {
    /** Pages longer than this are laid out again in the background after a resize. */
    static final int LARGE_PAGE = 20_000;
    /** One background layout at a time: a newer request replaces one that has not started. */
    static final String LAYOUT = "layout";

    private LongDocuments() {}

    /** More of the document has been read: keep showing the page so far and lay out the longer document. */
    static Step parsed(ViewerState s, Msg.Parsed msg) {
        if (s.source() == null || !s.source().equals(msg.source())) {
            return Step.of(s); // the reader followed a link meanwhile
        }
        ViewerState longer = s.withDocument(s.source(), msg.document(), s.page()).withTop(s.top()).withFocus(s.focus());
        return Step.of(longer.withStatus(progress(msg.percent())), layout(longer, msg.percent()));
    }

    /** A background layout is done: show it if it still fits what is on screen. */
    static ViewerState laid(ViewerState s, Msg.Laid msg) {
        Page page = msg.page();
        if (s.source() == null || !s.source().equals(msg.source()) || msg.document() != s.document()
                || page.width() != s.columnWidth()) {
            return s; // stale: another document, a longer one, or another width is on its way
        }
        Page old = s.page();
        int top = old.width() == page.width() ? s.top() : TextAnchor.at(old, s.top()).lineIn(page);
        ViewerState shown = s.withDocument(s.source(), s.document(), page).withTop(top)
                .withFocus(s.focus() < page.links().size() ? s.focus() : ViewerState.NO_FOCUS)
                .withSearch(Reflow.research(s.search(), page));
        if (s.status().kind() == Status.Kind.PROGRESS) {
            shown = shown.withStatus(msg.percent() < 100 ? progress(msg.percent()) : Status.NONE);
        }
        return shown;
    }

    /**
     * The screen changed size. A long page is laid out again in the background while the old one
     * stays (cut at the new width) with the same text at the top; short ones at once, as before.
     */
    static Step resized(ViewerState s, int columns, int rows) {
        ViewerState sized = s.withSize(columns, rows);
        if (s.source() == null || sized.columnWidth() == s.page().width() || s.page().size() <= LARGE_PAGE) {
            return Step.of(Reflow.resize(s, columns, rows));
        }
        ViewerState waiting = sized.withTop(s.top()).withStatus(Status.progress("laying out…"));
        return Step.of(waiting, layout(waiting, 100));
    }

    private static Status progress(int percent) {
        return Status.progress(percent < 100 ? "reading… " + percent + "%" : "laying out…");
    }

    private static Effect layout(ViewerState s, int percent) {
        Source source = s.source();
        Document document = s.document();
        int width = s.columnWidth();
        PageLayout layout = s.env().layout();
        return new Effect.Compute(LAYOUT, () -> new Msg.Laid(source, document, layout.layout(document, width), percent));
    }
}
