package dev.folio.image;

/**
 * The size of one terminal cell in pixels. Only the ratio matters for half blocks; for graphics
 * protocols it also says how many pixels fill a cell.
 */
public record CellSize(int width, int height) {
    /** What a terminal that tells nothing is assumed to have: a cell twice as tall as wide. */
    public static final CellSize ASSUMED = new CellSize(8, 16);

    public CellSize {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("cell size must be positive: " + width + "×" + height);
        }
    }

    /**
     * A cell size from a window's size in pixels and cells (the answer to {@code CSI 14 t}, or
     * {@code TIOCGWINSZ}), or {@link #ASSUMED} when the pixels are unknown (0) or absurd.
     */
    public static CellSize ofWindow(int pixelWidth, int pixelHeight, int columns, int rows) {
        if (pixelWidth <= 0 || pixelHeight <= 0 || columns <= 0 || rows <= 0) {
            return ASSUMED;
        }
        int w = pixelWidth / columns;
        int h = pixelHeight / rows;
        return plausible(w, h) ? new CellSize(w, h) : ASSUMED;
    }

    /** A cell size as reported directly ({@code CSI 16 t} answers {@code CSI 6 ; height ; width t}). */
    public static CellSize ofReport(int width, int height) {
        return plausible(width, height) ? new CellSize(width, height) : ASSUMED;
    }

    private static boolean plausible(int w, int h) {
        return w >= 2 && h >= 2 && w <= 200 && h <= 400 && h >= w / 2 && h <= w * 6;
    }
}
