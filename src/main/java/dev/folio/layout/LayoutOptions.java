package dev.folio.layout;

/**
 * How to lay a document out.
 *
 * @param width     columns available (at least 1)
 * @param linkNotes whether to list link targets after each block (print mode without OSC 8)
 */
public record LayoutOptions(int width, LinkNotes linkNotes) {
    public LayoutOptions {
        if (width < 1) {
            throw new IllegalArgumentException("width must be at least 1: " + width);
        }
    }

    public static LayoutOptions of(int width) {
        return new LayoutOptions(width, LinkNotes.NONE);
    }

    public enum LinkNotes {
        /** Link text only; the target is reached through the link region (viewer, OSC 8). */
        NONE,
        /** A numbered mark after each link and a list of targets after its block. */
        AFTER_BLOCK
    }
}
