package dev.folio.image;

/**
 * Fits an image into terminal cells with its aspect ratio kept. The box depends only on the
 * header's size, the cell size and the room given, so it is known before the image is decoded
 * and the layout never jumps when the pixels arrive.
 */
public final class Fit {
    private Fit() {}

    /**
     * The cells an image of {@code width × height} pixels takes: at its natural size (one image
     * pixel per screen pixel) when that fits, else shrunk to at most {@code maxColumns} and
     * {@code maxRows}. Never enlarged; at least one cell each way.
     */
    public static Box box(int width, int height, CellSize cell, int maxColumns, int maxRows) {
        if (width < 1 || height < 1 || maxColumns < 1 || maxRows < 1) {
            throw new IllegalArgumentException("nothing to fit");
        }
        // The image's size in screen pixels, shrunk to the room (in screen pixels) keeping its ratio.
        double scale = Math.min(1.0, Math.min((double) maxColumns * cell.width() / width,
                (double) maxRows * cell.height() / height));
        double shownWidth = width * scale;
        double shownHeight = height * scale;
        int columns = clamp((int) Math.round(shownWidth / cell.width()), maxColumns);
        int rows = clamp((int) Math.round(shownHeight / cell.height()), maxRows);
        return new Box(columns, rows);
    }

    /** The box that fills a whole screen of {@code columns × rows} as far as the ratio allows (full-screen view). */
    public static Box fill(int width, int height, CellSize cell, int columns, int rows) {
        double scale = Math.min((double) columns * cell.width() / width, (double) rows * cell.height() / height);
        return new Box(clamp((int) Math.round(width * scale / cell.width()), columns),
                clamp((int) Math.round(height * scale / cell.height()), rows));
    }

    private static int clamp(int value, int max) {
        return Math.max(1, Math.min(max, value));
    }
}
