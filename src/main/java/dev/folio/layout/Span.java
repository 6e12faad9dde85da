package dev.folio.layout;

import dev.folio.text.Sanitizer;
import dev.folio.text.Width;

/**
 * A run of text on one line with one role, inline marks and (optionally) the link it belongs to.
 * The constructor makes the text safe: no span ever holds a control character.
 *
 * @param marks a bit set of {@link #EMPHASIS}, {@link #STRONG}, {@link #STRIKE}, {@link #UNDERLINE}
 * @param link  the id of the {@link LinkRegion} this span is part of, or {@link #NO_LINK}
 */
public record Span(String text, Role role, int marks, int link, int width) {
    public static final int EMPHASIS = 1;
    public static final int STRONG = 2;
    public static final int STRIKE = 4;
    public static final int UNDERLINE = 8;
    public static final int NO_LINK = -1;

    public Span {
        text = Sanitizer.visible(text);
        width = Width.of(text);
    }

    public Span(String text, Role role, int marks, int link) {
        this(text, role, marks, link, 0);
    }

    public Span(String text, Role role) {
        this(text, role, 0, NO_LINK, 0);
    }

    public boolean has(int mark) {
        return (marks & mark) != 0;
    }

    public boolean isLink() {
        return link != NO_LINK;
    }
}
