package dev.folio.layout;

import java.util.List;

/**
 * A link (or a media item, or a footnote mark) as laid out: its raw target and every piece of
 * screen it covers, in reading order. A link wrapped over two lines has two parts.
 *
 * @param id     index of this region in {@link Page#links()}, also carried by its spans
 * @param target the href as written in the document (unresolved; may be hostile)
 * @param text   the link's visible text
 */
public record LinkRegion(int id, String target, String text, Kind kind, List<Part> parts) {
    public LinkRegion {
        parts = List.copyOf(parts);
    }

    /** The first line the link occupies. */
    public int firstLine() {
        return parts.isEmpty() ? 0 : parts.get(0).line();
    }

    /** A piece of the link on one line: 0-based line index, start column, width in columns. */
    public record Part(int line, int column, int width) {}

    public enum Kind { LINK, MEDIA, FOOTNOTE }
}
