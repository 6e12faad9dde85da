package dev.folio.image;

import java.util.Arrays;

/**
 * A small decoded picture: {@code width × height} pixels as {@code 0xAARRGGBB}, row by row.
 * Immutable; made at the size it is shown, so it stays small (a screenful is a few hundred
 * thousand pixels at most).
 */
public final class Pixels {
    private final int width;
    private final int height;
    private final int[] argb;

    public Pixels(int width, int height, int[] argb) {
        if (width < 1 || height < 1 || argb.length != width * height) {
            throw new IllegalArgumentException("bad pixels: " + width + "×" + height + " with " + argb.length);
        }
        this.width = width;
        this.height = height;
        this.argb = argb.clone();
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    /** The pixel at {@code (x, y)} as {@code 0xAARRGGBB}. */
    public int argb(int x, int y) {
        return argb[y * width + x];
    }

    /**
     * Rows {@code fromY …} {@code fromY + rows - 1} of this picture, for drawing the part of an
     * image that is on screen (a protocol that has no source rectangle, sixel and iTerm2).
     */
    public Pixels rows(int fromY, int rows) {
        if (fromY < 0 || rows < 1 || fromY + rows > height) {
            throw new IllegalArgumentException("rows " + fromY + "+" + rows + " of " + height);
        }
        if (fromY == 0 && rows == height) {
            return this;
        }
        return new Pixels(width, rows, Arrays.copyOfRange(argb, fromY * width, (fromY + rows) * width));
    }

    /** A copy of all pixels, row by row. */
    public int[] toArray() {
        return argb.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Pixels p && p.width == width && p.height == height && Arrays.equals(p.argb, argb);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(argb);
    }

    @Override
    public String toString() {
        return "Pixels[" + width + "×" + height + "]";
    }
}
