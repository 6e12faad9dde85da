package dev.folio.theme;

/**
 * The xterm palette, and the nearest entry of it for an RGB colour. The 256-colour cube and grey
 * ramp are the same on nearly every terminal, so rounding into them is by distance. The first 16
 * are the reader's own colour scheme: rounding into them goes by hue (a pale green is still
 * green, however close it is to white), grey stays grey, and light colours take the bright half.
 */
final class Palette {
    private static final int[] CUBE = {0, 95, 135, 175, 215, 255};
    /** xterm's defaults for the 16, only to answer {@link #rgb} for them. */
    private static final int[] BASIC = {0x000000, 0xcd0000, 0x00cd00, 0xcdcd00, 0x0000ee, 0xcd00cd, 0x00cdcd, 0xe5e5e5,
        0x7f7f7f, 0xff0000, 0x00ff00, 0xffff00, 0x5c5cff, 0xff00ff, 0x00ffff, 0xffffff};
    /**
     * Where each of the six hues ends, in degrees, and its palette index. Not equal sixths: the
     * eye sees yellow in a narrow band and green in a wide one, so a yellow-green reads as green.
     */
    private static final int[] HUE_ENDS = {25, 70, 165, 200, 265, 330, 360};
    private static final int[] HUES = {1, 3, 2, 6, 4, 5, 1};

    private Palette() {}

    /** The RGB value of palette entry {@code index} (0–255). */
    static int rgb(int index) {
        if (index < 16) {
            return BASIC[index];
        }
        if (index >= 232) {
            int level = 8 + 10 * (index - 232);
            return level << 16 | level << 8 | level;
        }
        int i = index - 16;
        return CUBE[i / 36] << 16 | CUBE[(i / 6) % 6] << 8 | CUBE[i % 6];
    }

    /** The nearest of entries 16–255 (the cube and the grey ramp). */
    static int nearest256(int rgb) {
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        int cube = 16 + 36 * cubeLevel(r) + 6 * cubeLevel(g) + cubeLevel(b);
        int grey = Math.max(0, Math.min(23, Math.round(((r + g + b) / 3f - 8) / 10f)));
        int greyIndex = 232 + grey;
        return distance(rgb, rgb(greyIndex)) < distance(rgb, rgb(cube)) ? greyIndex : cube;
    }

    /** The nearest of the 16 named colours, by hue and lightness. */
    static int nearest16(int rgb) {
        int r = rgb >> 16 & 0xFF;
        int g = rgb >> 8 & 0xFF;
        int b = rgb & 0xFF;
        int max = Math.max(r, Math.max(g, b));
        int min = Math.min(r, Math.min(g, b));
        int chroma = max - min;
        float lightness = (max + min) / 510f;
        if (chroma < 40) {
            // Greys go to the nearest of black, grey (bright black), white and bright white.
            return lightness < 0.25f ? 0 : lightness < 0.7f ? 8 : lightness < 0.95f ? 7 : 15;
        }
        float hue;
        if (max == r) {
            hue = 60f * (((g - b) / (float) chroma) % 6);
        } else if (max == g) {
            hue = 60f * ((b - r) / (float) chroma + 2);
        } else {
            hue = 60f * ((r - g) / (float) chroma + 4);
        }
        if (hue < 0) {
            hue += 360;
        }
        int sector = 0;
        while (sector < HUE_ENDS.length - 1 && hue >= HUE_ENDS[sector]) {
            sector++;
        }
        int base = HUES[sector];
        return lightness > 0.6f ? base + 8 : base;
    }

    private static int cubeLevel(int v) {
        // xterm's cube: 0, then 95 + 40 k; a value goes to the level it is closest to.
        return v < 48 ? 0 : v < 115 ? 1 : (v - 35) / 40;
    }

    /** Squared distance, weighted for how the eye sees red, green and blue ("redmean"). */
    static int distance(int a, int b) {
        int r1 = a >> 16 & 0xFF;
        int r2 = b >> 16 & 0xFF;
        int dr = r1 - r2;
        int dg = (a >> 8 & 0xFF) - (b >> 8 & 0xFF);
        int db = (a & 0xFF) - (b & 0xFF);
        int rMean = (r1 + r2) / 2;
        return ((512 + rMean) * dr * dr >> 8) + 4 * dg * dg + ((767 - rMean) * db * db >> 8);
    }
}
