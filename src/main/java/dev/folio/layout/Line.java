package dev.folio.layout;

import java.util.List;

/**
 * One laid-out line: spans left to right, never wider than the page.
 *
 * @param sourceLine 1-based line of the source block this line came from (0 if none)
 * @param wrap       how this line continues into the next one (search joins wrapped lines)
 */
public record Line(List<Span> spans, int width, int sourceLine, Wrap wrap) {
    public Line {
        spans = List.copyOf(spans);
        int w = 0;
        for (Span s : spans) {
            w += s.width();
        }
        width = w;
    }

    public Line(List<Span> spans, int sourceLine, Wrap wrap) {
        this(spans, 0, sourceLine, wrap);
    }

    public static Line blank(int sourceLine) {
        return new Line(List.of(), 0, sourceLine, Wrap.END);
    }

    /** All the line's text, decorations included, as shown. */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            sb.append(s.text());
        }
        return sb.toString();
    }

    /** The document's own text on this line: decorations (bars, markers, borders) left out. */
    public String content() {
        StringBuilder sb = new StringBuilder();
        for (Span s : spans) {
            if (!s.role().isDecoration()) {
                sb.append(s.text());
            }
        }
        return sb.toString();
    }

    /** How a line relates to the next one. */
    public enum Wrap {
        /** The end of a paragraph, code line, table row… */
        END,
        /** Soft-wrapped at a space, which was dropped: joining the lines needs a space. */
        SPACE,
        /** Soft-wrapped with nothing dropped (between CJK characters, inside a long word). */
        DIRECT
    }
}
