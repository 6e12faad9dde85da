package dev.folio.viewer;

/**
 * How the reading column is placed.
 *
 * @param maxWidth the widest the text column gets, however wide the terminal (default 100)
 */
public record ViewerOptions(int maxWidth, Column column) {
    public static final int DEFAULT_MAX_WIDTH = 100;

    public ViewerOptions {
        if (maxWidth < 1) {
            throw new IllegalArgumentException("maxWidth must be at least 1: " + maxWidth);
        }
    }

    public static ViewerOptions defaults() {
        return new ViewerOptions(DEFAULT_MAX_WIDTH, Column.LEFT);
    }

    /** Where the column sits when the terminal is wider than it. */
    public enum Column { LEFT, CENTRED }
}
