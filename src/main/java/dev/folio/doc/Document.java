package dev.folio.doc;

import java.util.List;

/**
 * A parsed Markdown document: blocks in order (front matter first, footnotes last), and its
 * title (front matter {@code title}, else the first heading, else empty).
 */
public record Document(List<Block> blocks, String title) {
    public Document {
        blocks = List.copyOf(blocks);
    }

    public static Document empty() {
        return new Document(List.of(), "");
    }
}
