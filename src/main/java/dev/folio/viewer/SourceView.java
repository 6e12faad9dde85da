package dev.folio.viewer;

import dev.folio.layout.Line;
import dev.folio.layout.Page;
import java.util.List;

/**
 * {@code v}: the document's Markdown source in place of its rendering, and back. The place is
 * kept both ways by the source line of the block at the top of the screen: the rendering shows
 * that block at the top, the source its first line. The search goes on in what is shown.
 */
final class SourceView {
    static final String NO_SOURCE = "no Markdown source (an HTML page)";

    private SourceView() {}

    static Step toggle(ViewerState s) {
        if (s.source() == null || LibraryKeys.isFolder(s.source())) {
            return Step.of(s);
        }
        PageLayout now = s.env().layout();
        boolean toSource = !(now instanceof SourcePageLayout);
        if (toSource && s.document().markdown() == null) {
            return Step.of(s.withStatus(Status.info(NO_SOURCE)));
        }
        PageLayout next = now instanceof SourcePageLayout shown ? shown.rendering()
                : new SourcePageLayout(now, s.options().lineNumbers());
        int sourceLine = blockLineAt(s.page(), s.top());
        Page page = next.layout(s.document(), s.columnWidth(), s.source());
        ViewerState laid = s.withEnv(s.env().withLayout(next)).withDocument(s.source(), s.document(), page);
        int top = toSource ? sourceLineIn(page, sourceLine) : blockLineIn(page, sourceLine);
        laid = laid.withTop(top).withSearch(Reflow.research(s.search(), page));
        String key = s.env().keys().firstKey(Action.SOURCE);
        return Step.of(laid.withStatus(toSource ? Status.info("Markdown source: " + key + " goes back")
                : Status.info("the rendering (" + key + ": the source)")));
    }

    /** The source line of the block at page line {@code top} (of the first line after it that has one). */
    static int blockLineAt(Page page, int top) {
        List<Line> lines = page.lines();
        for (int i = Math.max(0, top); i < lines.size(); i++) {
            if (lines.get(i).sourceLine() > 0) {
                return lines.get(i).sourceLine();
            }
        }
        return 0;
    }

    /** The first line of a source page showing source line {@code sourceLine} (or the next one there is). */
    static int sourceLineIn(Page page, int sourceLine) {
        List<Line> lines = page.lines();
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).sourceLine() >= sourceLine) {
                return i;
            }
        }
        return Math.max(0, lines.size() - 1);
    }

    /** The first text line of the rendered block holding source line {@code sourceLine}: the last block starting at or before it. */
    static int blockLineIn(Page page, int sourceLine) {
        int best = 0;
        for (Line line : page.lines()) {
            if (line.sourceLine() <= sourceLine && line.sourceLine() > best) {
                best = line.sourceLine();
            }
        }
        if (best <= 0) {
            return 0;
        }
        return new TextAnchor(best, 0, 0, 0, page.size(), 0).lineIn(page);
    }
}
