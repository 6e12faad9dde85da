package dev.folio.doc;

import java.util.List;

/**
 * A parsed Markdown document: blocks in order (front matter first, footnotes last), and its
 * title (front matter {@code title}, else the first heading, else empty).
 *
 * @param markdown the text it was parsed from, for the viewer's source view (block lines count
 *                 its lines), or null when it has none (an HTML page's reader view)
 */
public record Document(List<Block> blocks, String title, String markdown) {
    public Document {
        blocks = List.copyOf(blocks);
    }

    /** A document whose Markdown is not kept. */
    public Document(List<Block> blocks, String title) {
        this(blocks, title, null);
    }

    /** Documents are equal by what they hold; where the text came from (its line endings, say) is not part of that. */
    @Override
    public boolean equals(Object o) {
        return o instanceof Document d && blocks.equals(d.blocks) && title.equals(d.title);
    }

    @Override
    public int hashCode() {
        return 31 * blocks.hashCode() + title.hashCode();
    }

    /** The same blocks and title, parsed from {@code text}. */
    public Document withMarkdown(String text) {
        return new Document(blocks, title, text);
    }

    public static Document empty() {
        return new Document(List.of(), "");
    }
}
