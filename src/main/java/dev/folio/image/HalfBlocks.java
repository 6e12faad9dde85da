package dev.folio.image;

/**
 * Turns pixels into half-block cells: two pixels a cell, stacked. Works in every terminal with
 * colour (tmux included), so it is what every reader can see.
 */
public final class HalfBlocks {
    private HalfBlocks() {}

    /** The pixels' size for a box of half blocks: its columns, and two pixels a row. */
    public static int pixelWidth(Box box) {
        return box.columns();
    }

    public static int pixelHeight(Box box) {
        return box.rows() * 2;
    }

    /**
     * Cells for {@code pixels} (of {@code columns × 2·rows} pixels; an odd last row is left
     * transparent). A pixel less than half opaque is transparent; the others are blended over
     * {@code background} ({@code 0xRRGGBB}, or {@link CellGrid#DEFAULT} to take them as opaque).
     */
    public static CellGrid encode(Pixels pixels, int background) {
        int columns = pixels.width();
        int rows = (pixels.height() + 1) / 2;
        int[] top = new int[columns * rows];
        int[] bottom = new int[columns * rows];
        for (int row = 0; row < rows; row++) {
            for (int x = 0; x < columns; x++) {
                top[row * columns + x] = colour(pixels.argb(x, 2 * row), background);
                int lower = 2 * row + 1;
                bottom[row * columns + x] = lower < pixels.height() ? colour(pixels.argb(x, lower), background) : CellGrid.DEFAULT;
            }
        }
        return new CellGrid(columns, rows, top, bottom);
    }

    static int colour(int argb, int background) {
        int alpha = argb >>> 24;
        if (alpha < 128) {
            return CellGrid.DEFAULT;
        }
        int rgb = argb & 0xFFFFFF;
        if (alpha == 255 || background == CellGrid.DEFAULT) {
            return rgb;
        }
        return blend(rgb, background & 0xFFFFFF, alpha);
    }

    private static int blend(int rgb, int under, int alpha) {
        int out = 0;
        for (int shift = 0; shift <= 16; shift += 8) {
            int c = (rgb >> shift) & 0xFF;
            int u = (under >> shift) & 0xFF;
            out |= ((c * alpha + u * (255 - alpha) + 127) / 255) << shift;
        }
        return out;
    }
}
