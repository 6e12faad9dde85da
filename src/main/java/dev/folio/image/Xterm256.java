package dev.folio.image;

/**
 * The nearest colour of the xterm 256-colour palette (the 6×6×6 cube and the 24 greys; the
 * first 16 are left out because terminals redefine them), for terminals without 24-bit colour.
 */
public final class Xterm256 {
    private static final int[] CUBE = {0, 95, 135, 175, 215, 255};

    private Xterm256() {}

    /** The palette index (16–255) nearest to {@code 0xRRGGBB}. */
    public static int nearest(int rgb) {
        int r = (rgb >> 16) & 0xFF;
        int g = (rgb >> 8) & 0xFF;
        int b = rgb & 0xFF;
        int ri = cubeIndex(r);
        int gi = cubeIndex(g);
        int bi = cubeIndex(b);
        int cube = 16 + 36 * ri + 6 * gi + bi;
        int cubeDistance = distance(r, g, b, CUBE[ri], CUBE[gi], CUBE[bi]);
        int grey = Math.max(0, Math.min(23, ((r + g + b) / 3 - 8 + 5) / 10));
        int level = 8 + 10 * grey;
        int greyDistance = distance(r, g, b, level, level, level);
        return greyDistance < cubeDistance ? 232 + grey : cube;
    }

    /** The colour of palette index {@code index} (16–255) as {@code 0xRRGGBB}. */
    public static int rgb(int index) {
        if (index >= 232) {
            int level = 8 + 10 * (index - 232);
            return level << 16 | level << 8 | level;
        }
        int i = index - 16;
        return CUBE[i / 36] << 16 | CUBE[(i / 6) % 6] << 8 | CUBE[i % 6];
    }

    private static int cubeIndex(int v) {
        int best = 0;
        for (int i = 1; i < CUBE.length; i++) {
            if (Math.abs(CUBE[i] - v) < Math.abs(CUBE[best] - v)) {
                best = i;
            }
        }
        return best;
    }

    private static int distance(int r, int g, int b, int r2, int g2, int b2) {
        // Weighted for the eye: green counts most, blue least.
        return 3 * (r - r2) * (r - r2) + 4 * (g - g2) * (g - g2) + 2 * (b - b2) * (b - b2);
    }
}
