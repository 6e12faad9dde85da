package dev.folio.viewer;

/**
 * How the reading column is placed.
 *
 * @param maxWidth the widest the text column gets, however wide the terminal (default 100)
 * @param mouse    whether folio has the mouse (wheel, clicks); false leaves it to the terminal
 * @param lineNumbers whether the source view ({@code v}) numbers the source lines
 */
public record ViewerOptions(int maxWidth, Column column, boolean mouse, boolean lineNumbers) {
    public static final int DEFAULT_MAX_WIDTH = 100;

    public ViewerOptions {
        if (maxWidth < 1) {
            throw new IllegalArgumentException("maxWidth must be at least 1: " + maxWidth);
        }
    }

    public ViewerOptions(int maxWidth, Column column, boolean mouse) {
        this(maxWidth, column, mouse, true);
    }

    public ViewerOptions(int maxWidth, Column column) {
        this(maxWidth, column, true);
    }

    public ViewerOptions withMouse(boolean captured) {
        return new ViewerOptions(maxWidth, column, captured, lineNumbers);
    }

    public ViewerOptions withMaxWidth(int columns) {
        return new ViewerOptions(columns, column, mouse, lineNumbers);
    }

    public ViewerOptions withColumn(Column where) {
        return new ViewerOptions(maxWidth, where, mouse, lineNumbers);
    }

    public ViewerOptions withLineNumbers(boolean numbered) {
        return new ViewerOptions(maxWidth, column, mouse, numbered);
    }

    public static ViewerOptions defaults() {
        return new ViewerOptions(DEFAULT_MAX_WIDTH, Column.LEFT);
    }

    /** Where the column sits when the terminal is wider than it. */
    public enum Column { LEFT, CENTRED }
}
