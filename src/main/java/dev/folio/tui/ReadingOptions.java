package dev.folio.tui;

/**
 * How the reading column is placed.
 *
 * @param maxWidth the widest the text column may be (the screen may be narrower)
 * @param placement whether the column keeps to the left or is centred on a wider screen
 */
public record ReadingOptions(int maxWidth, Placement placement) {
    public static final int DEFAULT_MAX_WIDTH = 100;

    public ReadingOptions {
        if (maxWidth < 1) {
            throw new IllegalArgumentException("maxWidth must be at least 1: " + maxWidth);
        }
    }

    public static ReadingOptions defaults() {
        return new ReadingOptions(DEFAULT_MAX_WIDTH, Placement.LEFT);
    }

    /** Where the reading column sits on a screen wider than it. */
    public enum Placement { LEFT, CENTRE }
}
