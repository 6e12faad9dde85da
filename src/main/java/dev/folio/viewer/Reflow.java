package dev.folio.viewer;

import dev.folio.doc.Source;
import dev.folio.doc.Document;
import dev.folio.layout.Page;

/** Laying the document out: when it arrives, and again when the screen changes size. */
final class Reflow {
    private Reflow() {}

    /** Shows a document from its top: laid out at the column width, no focus, no search. */
    static ViewerState show(ViewerState s, Source source, Document document) {
        s = fitted(s);
        Page page = s.env().layout().layout(document, s.columnWidth(), source);
        return s.withDocument(source, document, page).withSearch(Search.NONE);
    }

    /**
     * The screen is now {@code columns × rows}. The page is laid out again if the column width
     * changed; the text that was at the top of the screen stays there, the focused link and the
     * current match stay the same, and lists keep their selection within bounds.
     */
    static ViewerState resize(ViewerState s, int columns, int rows) {
        ViewerState sized = fitted(s.withSize(columns, rows));
        boolean sameLayout = sized.env().layout().equals(s.env().layout());
        if (sized.columnWidth() == s.page().width() && sameLayout || s.source() == null) {
            return sized.withTop(s.top());
        }
        TextAnchor place = TextAnchor.at(s.page(), s.top());
        Page page = sized.env().layout().layout(s.document(), sized.columnWidth(), s.source());
        ViewerState laid = sized.withDocument(s.source(), s.document(), page);
        laid = laid.withTop(place.lineIn(page)).withFocus(s.focus() < page.links().size() ? s.focus() : ViewerState.NO_FOCUS);
        return laid.withSearch(research(s.search(), page));
    }

    /** {@code s} with its layout for its screen's height (the most rows an image may take is a share of it). */
    static ViewerState fitted(ViewerState s) {
        PageLayout layout = s.env().layout();
        PageLayout fitted = layout.forScreenRows(s.height());
        return fitted == layout ? s : s.withEnv(s.env().withLayout(fitted));
    }

    /** The same query on a new page; match i is still match i, since the text is the same. */
    static Search research(Search old, Page page) {
        if (old.query().isEmpty()) {
            return old;
        }
        java.util.List<Match> matches = Searcher.find(page, old.query());
        int current = old.current() < matches.size() ? old.current() : -1;
        return old.withMatches(matches, current);
    }
}
