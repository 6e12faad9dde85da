package dev.folio.layout;

import java.util.ArrayList;
import java.util.List;

/**
 * A code block with lines wider than the column, laid out for sideways scrolling: each of its
 * code lines is one page line holding what fits, and the whole line is kept here. The viewer
 * shows columns {@code [offset, offset + room)} of each whole line from page column
 * {@link Part#column()} on.
 *
 * @param sourceLine the block's first source line: the same block at any width
 * @param firstLine  the page line of its first code line; the others follow it, one a line
 * @param room       the columns its code is shown in
 * @param lines      each code line whole, in order
 */
public record WideBlock(int sourceLine, int firstLine, int room, List<Part> lines) {
    public WideBlock {
        lines = List.copyOf(lines);
    }

    /**
     * One code line.
     *
     * @param column where on its page line the code starts (after the gutters and the indent)
     * @param spans  the whole code line
     */
    public record Part(int column, List<Span> spans, int width) {
        public Part {
            spans = List.copyOf(spans);
            int w = 0;
            for (Span s : spans) {
                w += s.width();
            }
            width = w;
        }

        public Part(int column, List<Span> spans) {
            this(column, spans, 0);
        }
    }

    public int lastLine() {
        return firstLine + lines.size() - 1;
    }

    /** The widest code line. */
    public int contentWidth() {
        int w = 0;
        for (Part p : lines) {
            w = Math.max(w, p.width());
        }
        return w;
    }

    /** How far the block scrolls: its widest line's end at the right edge. */
    public int maxOffset() {
        return Math.max(0, contentWidth() - room);
    }

    /** The part for page line {@code index} (which this block holds). */
    public Part part(int index) {
        return lines.get(index - firstLine);
    }

    /** {@code shown} (page line {@code index}) with its code whole: what is before the code, then all of it. */
    Line whole(Line shown, int index) {
        Part part = part(index);
        List<Span> spans = new ArrayList<>();
        int col = 0;
        for (Span s : shown.spans()) {
            if (col + s.width() > part.column()) {
                break;
            }
            spans.add(s);
            col += s.width();
        }
        spans.addAll(part.spans());
        return new Line(spans, shown.sourceLine(), shown.wrap());
    }
}
