package dev.folio.image;

/**
 * A picture as terminal cells of Unicode half blocks: each cell shows two pixels, the upper
 * one as the foreground of {@code ▀}, the lower one as its background. A colour is {@code
 * 0xRRGGBB}, or {@link #DEFAULT} where the picture is transparent (the terminal's own
 * background shows through).
 */
public final class CellGrid {
    /** No colour: the terminal's default background. */
    public static final int DEFAULT = -1;
    public static final char UPPER_HALF = '\u2580';
    public static final char LOWER_HALF = '\u2584';

    private final int columns;
    private final int rows;
    private final int[] top;
    private final int[] bottom;

    CellGrid(int columns, int rows, int[] top, int[] bottom) {
        this.columns = columns;
        this.rows = rows;
        this.top = top;
        this.bottom = bottom;
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    /** The upper pixel of cell {@code (column, row)}: {@code 0xRRGGBB} or {@link #DEFAULT}. */
    public int top(int column, int row) {
        return top[row * columns + column];
    }

    /** The lower pixel of cell {@code (column, row)}. */
    public int bottom(int column, int row) {
        return bottom[row * columns + column];
    }

    /**
     * What a cell is drawn as: {@code ▀} (upper pixel as foreground, lower as background),
     * {@code ▄} when only the lower pixel is there, a space when neither is.
     */
    public Glyph glyph(int column, int row) {
        int t = top(column, row);
        int b = bottom(column, row);
        if (t == DEFAULT && b == DEFAULT) {
            return new Glyph(' ', DEFAULT, DEFAULT);
        }
        if (t == DEFAULT) {
            return new Glyph(LOWER_HALF, b, DEFAULT);
        }
        return new Glyph(UPPER_HALF, t, b);
    }

    /** One cell as drawn: a character with its foreground and background ({@link #DEFAULT} for none). */
    public record Glyph(char character, int foreground, int background) {}
}
