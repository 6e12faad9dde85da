package dev.folio.viewer;

import dev.folio.layout.Role;
import dev.folio.text.Sanitizer;
import dev.folio.theme.Highlight;
import dev.folio.text.Width;

/**
 * A run of text on a screen row: the layout's role and marks, plus what the viewer overlays
 * (focused link, search match, status line, overlay). Text is sanitised on construction.
 */
public record Segment(String text, Role role, int marks, Highlight highlight, int width) {
    public Segment {
        text = Sanitizer.visible(text);
        width = Width.of(text);
    }

    public Segment(String text, Role role, int marks, Highlight highlight) {
        this(text, role, marks, highlight, 0);
    }

}
