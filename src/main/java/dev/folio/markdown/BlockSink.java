package dev.folio.markdown;

import dev.folio.doc.Block;
import dev.folio.doc.Inline;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * Collects the blocks of one container. An HTML {@code <details>} opened in one HTML block is
 * usually closed in a later sibling, with Markdown in between, so open {@code <details>}
 * elements are kept here and the blocks that follow go inside them until their end tag. At most
 * {@code maxOpen} may be open at once; those still open when the container ends are closed there.
 */
final class BlockSink {
    /**
     * An open {@code <details>} (its summary, once seen, and the blocks inside), or an open
     * aligning element ({@code <div align="center">}, {@code <center>}, {@code dir="rtl"}):
     * {@code tag} names it, {@code same} counts elements of that name opened inside it since.
     */
    private static final class OpenDetails {
        final int line;
        final List<Block> children = new ArrayList<>();
        List<Inline> summary;
        final String tag;
        final Block.Alignment alignment;
        int same;

        OpenDetails(int line) {
            this(line, null, null);
        }

        OpenDetails(int line, String tag, Block.Alignment alignment) {
            this.line = line;
            this.tag = tag;
            this.alignment = alignment;
        }

        boolean isDetails() {
            return tag == null;
        }
    }

    private final List<Block> blocks = new ArrayList<>();
    private final Deque<OpenDetails> open = new ArrayDeque<>();
    private final int maxOpen;

    BlockSink(int maxOpen) {
        this.maxOpen = Math.max(0, maxOpen);
    }

    void add(Block block) {
        (open.isEmpty() ? blocks : open.peek().children).add(block);
    }

    /** Opens a {@code <details>}; false (and nothing opened) when nesting is exhausted. */
    boolean openDetails(int line) {
        if (open.size() >= maxOpen) {
            return false;
        }
        open.push(new OpenDetails(line));
        return true;
    }

    /** The summary of the innermost open {@code <details>}, or a paragraph if it has one already. */
    void summary(List<Inline> summary, int line) {
        OpenDetails details = open.peek();
        if (summary.isEmpty()) {
            return;
        }
        if (details != null && details.isDetails() && details.summary == null && details.children.isEmpty()) {
            details.summary = summary;
        } else {
            add(new Block.Paragraph(summary, line));
        }
    }

    /** Closes the innermost open {@code <details>} (and what is open inside it); a stray end tag does nothing. */
    void closeDetails() {
        if (open.stream().noneMatch(OpenDetails::isDetails)) {
            return;
        }
        while (!open.isEmpty() && !closeInnermost().isDetails()) {
            // an aligning element left open inside the details ends with it
        }
    }

    /** Opens an element that aligns what it holds; false when nesting is exhausted. */
    boolean openAligned(String tag, Block.Alignment alignment, int line) {
        if (open.size() >= maxOpen) {
            return false;
        }
        open.push(new OpenDetails(line, tag, alignment));
        return true;
    }

    /** A start tag named like an open aligning element: its end tag is not the aligning one's. */
    void sameTagOpened(String tag) {
        for (OpenDetails o : open) {
            if (tag.equals(o.tag)) {
                o.same++;
                return;
            }
        }
    }

    /** An end tag: closes the innermost aligning element of that name, unless it ends one opened inside. */
    void closeAligned(String tag) {
        for (OpenDetails o : open) {
            if (o.isDetails()) {
                return; // never close across a <details>
            }
            if (tag.equals(o.tag)) {
                if (o.same > 0) {
                    o.same--;
                    return;
                }
                while (closeInnermost() != o) {
                    // elements opened inside it end with it
                }
                return;
            }
        }
    }

    private OpenDetails closeInnermost() {
        OpenDetails o = open.pop();
        if (o.isDetails()) {
            add(new Block.Details(o.summary == null ? List.of() : o.summary, o.children, o.line));
        } else if (!o.children.isEmpty()) {
            add(new Block.Aligned(o.alignment, o.children, o.line));
        }
        return o;
    }

    List<Block> finish() {
        while (!open.isEmpty()) {
            closeInnermost();
        }
        return List.copyOf(blocks);
    }
}
