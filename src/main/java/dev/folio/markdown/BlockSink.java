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
    /** An open {@code <details>}: its summary, once seen, and the blocks inside. */
    private static final class OpenDetails {
        final int line;
        final List<Block> children = new ArrayList<>();
        List<Inline> summary;

        OpenDetails(int line) {
            this.line = line;
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
        if (details != null && details.summary == null && details.children.isEmpty()) {
            details.summary = summary;
        } else {
            add(new Block.Paragraph(summary, line));
        }
    }

    /** Closes the innermost open {@code <details>}; a stray end tag does nothing. */
    void closeDetails() {
        OpenDetails details = open.poll();
        if (details != null) {
            add(new Block.Details(details.summary == null ? List.of() : details.summary, details.children, details.line));
        }
    }

    List<Block> finish() {
        while (!open.isEmpty()) {
            closeDetails();
        }
        return List.copyOf(blocks);
    }
}
