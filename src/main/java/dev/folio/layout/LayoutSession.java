package dev.folio.layout;

import dev.folio.doc.Block;
import dev.folio.text.Width;
import java.util.List;

/**
 * Lays a document out a part at a time, for documents too long to wait for: blocks are added in
 * reading order, and the page so far can be taken at any point. After the last part the page is
 * exactly {@link Layout#of} of a document holding all the blocks (that is how {@code Layout.of}
 * works), since the parts go through the same walker with the same blank line between them.
 *
 * <p>Either take {@link #page} snapshots (a viewer) or stream with {@link #takeLines} (a
 * printer, which then holds only the lines of one part at a time); not both.
 */
public final class LayoutSession {
    private final LayoutOptions options;
    private final Context cx;
    private final List<LinkRegion> regions = new java.util.ArrayList<>();
    private boolean started;

    public LayoutSession(LayoutOptions options) {
        this.options = options;
        try (Width.Scope scope = Width.counting(options.ambiguous())) {
            this.cx = Context.of(options);
        }
    }

    /** Lays out the next top-level blocks of the document. */
    public void add(List<Block> blocks) {
        if (blocks.isEmpty()) {
            return;
        }
        // Widths count as the options say, whatever the calling thread counts: layout is pure.
        try (Width.Scope scope = Width.counting(options.ambiguous())) {
            if (started) {
                cx.out().requestBlank(); // what the walker puts between top-level blocks
            }
            new BlockWalker(cx).walk(blocks);
        }
        started = true;
    }

    /** The page of everything added so far (a copy: adding more does not change it). */
    public Page page(String title) {
        try (Width.Scope scope = Width.counting(options.ambiguous())) {
            return cx.page().build(options.width(), title);
        }
    }

    /** Lines laid out so far (including those taken). */
    public int lineCount() {
        return cx.page().size();
    }

    /**
     * The lines laid out since the last call, with every link region so far (the link ids on the
     * lines index them; a region's parts are as far as it was laid out when first taken). The
     * session forgets these lines, so a long document is never held whole.
     */
    public Page takeLines() {
        List<Line> lines = cx.page().take();
        regions.addAll(cx.page().regionsFrom(regions.size()));
        return new Page(options.width(), "", lines, regions, List.of(), List.of(), java.util.Map.of());
    }
}
