package dev.folio.viewer;

import dev.folio.doc.Source;
import dev.folio.doc.Block;
import dev.folio.doc.Document;
import dev.folio.layout.Line;
import dev.folio.layout.Page;
import java.util.List;

/**
 * Long documents, kept responsive. The first part of a long document is shown as soon as it is
 * read ({@link Msg.Loaded}) and the rest arrives in parts ({@link Msg.Parsed}); each longer
 * document, and a long page after a resize, is laid out off the thread that owns the state
 * ({@link Effect.Compute}, then {@link Msg.Laid}), so no key waits for a layout of the whole. A
 * page is installed only while it is still the document and the width being shown; the reader
 * stays on the same text, and a search finds the matches in the new part too.
 */
final class LongDocuments {
    /** Documents whose page is longer than this, or with more blocks, are laid out again in the background after a resize. */
    static final int LARGE_PAGE = 20_000;
    static final int LARGE_DOCUMENT = 4_000;
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
    static Step laid(ViewerState s, Msg.Laid msg) {
        Page page = msg.page();
        boolean older = msg.document() != s.document() && !Streams.receiving(s); // a stream shows each layout, if not the newest
        if (s.source() == null || !s.source().equals(msg.source()) || older || page.width() != s.columnWidth()) {
            return Step.of(s); // stale: another document, a longer one, or another width is on its way
        }
        Page old = s.page();
        boolean prefix = old.width() == page.width() && s.top() < old.size() && s.top() < page.size()
                && old.lines().get(s.top()).equals(page.lines().get(s.top()));
        int top = prefix || old.size() == 0 ? s.top() : TextAnchor.at(old, s.top()).lineIn(page);
        ViewerState shown = s.withDocument(s.source(), s.document(), page).withTop(top)
                .withFocus(s.focus() < page.links().size() ? s.focus() : ViewerState.NO_FOCUS);
        if (s.status().kind() == Status.Kind.PROGRESS && !Streams.receiving(s)) {
            shown = shown.withStatus(msg.percent() < 100 ? progress(msg.percent()) : Status.NONE);
        }
        // The same query in the new page: searched again, in the background when the page is long.
        return SearchKeys.again(EndFollowing.grown(shown), s.search());
    }

    /**
     * The screen changed size. A long document is laid out again in the background; meanwhile
     * the blocks on screen are laid out at once at the new width, from the start of the block at
     * the top, and shown as the page for now. Short documents are laid out whole at once, as before.
     */
    static Step resized(ViewerState s, int columns, int rows) {
        ViewerState sized = Reflow.fitted(s.withSize(columns, rows));
        if (s.source() == null || sized.columnWidth() == s.page().width() || !isLarge(s)) {
            return Step.of(Reflow.resize(s, columns, rows));
        }
        Page window = visibleWindow(s, sized.columnWidth(), sized.pageRows());
        ViewerState waiting = sized.withDocument(s.source(), s.document(), window)
                .withSearch(Reflow.research(s.search(), window)).withStatus(Status.progress("laying out…"));
        return Step.of(waiting, layout(waiting, 100));
    }

    private static boolean isLarge(ViewerState s) {
        return s.page().size() > LARGE_PAGE || s.document().blocks().size() > LARGE_DOCUMENT;
    }

    /** The top-level blocks from the one at the top of the screen on, enough to fill {@code rows}, laid out at {@code width}. */
    static Page visibleWindow(ViewerState s, int width, int rows) {
        List<Block> blocks = s.document().blocks();
        int first = blockAt(blocks, sourceLineAt(s.page(), s.top()));
        Page window = null;
        for (int count = 4; window == null || window.size() < rows && first + count / 2 < blocks.size(); count *= 2) {
            List<Block> part = blocks.subList(first, Math.min(blocks.size(), first + count));
            window = s.env().layout().layout(new Document(part, s.document().title()), width, s.source());
        }
        return window;
    }

    /** The source line of the page line at {@code top}, or of the first line after it that has one. */
    private static int sourceLineAt(Page page, int top) {
        List<Line> lines = page.lines();
        for (int i = Math.max(0, top); i < lines.size(); i++) {
            if (lines.get(i).sourceLine() > 0) {
                return lines.get(i).sourceLine();
            }
        }
        return 0;
    }

    /** The index of the top-level block holding {@code sourceLine}: the last before the first that starts after it. */
    private static int blockAt(List<Block> blocks, int sourceLine) {
        for (int i = 0; i < blocks.size(); i++) {
            if (blocks.get(i).line() > sourceLine) {
                return Math.max(0, i - 1);
            }
        }
        return Math.max(0, blocks.size() - 1);
    }

    private static Status progress(int percent) {
        return Status.progress(percent < 100 ? "reading… " + percent + "%" : "laying out…");
    }

    static Effect layout(ViewerState s, int percent) {
        Source source = s.source();
        Document document = s.document();
        int width = s.columnWidth();
        PageLayout layout = s.env().layout();
        return new Effect.Compute(LAYOUT, () -> new Msg.Laid(source, document, layout.layout(document, width, source), percent));
    }
}
