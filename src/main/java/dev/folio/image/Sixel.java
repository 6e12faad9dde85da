package dev.folio.image;

/**
 * Sixel graphics (foot, xterm {@code -ti vt340}, mlterm, Windows Terminal, WezTerm): the
 * picture in bands six pixels high, each band one pass per colour. Colours come from a fixed
 * 6×6×6 palette (every level a whole percent, as sixel writes them), which needs no search
 * and looks the same on every terminal; transparent pixels are not drawn.
 */
public final class Sixel {
    /** The six levels of each channel of the palette, in percent. */
    private static final int[] LEVELS = {0, 20, 40, 60, 80, 100};

    private Sixel() {}

    /** The colour sixel shows for {@code argb}, as {@code 0xRRGGBB}, or -1 for a transparent pixel. */
    public static int shown(int argb) {
        if ((argb >>> 24) < 128) {
            return -1;
        }
        return paletteRgb(index(argb));
    }

    public static String show(Pixels pixels) {
        int w = pixels.width();
        int h = pixels.height();
        StringBuilder out = new StringBuilder(w * h / 2 + 4096);
        // P2=1: pixels not drawn keep the background; "1;1 is the pixel aspect ratio, then the size.
        out.append("\u001bP0;1;0q\"1;1;").append(w).append(';').append(h);
        boolean[] used = new boolean[216];
        int[] index = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int p = pixels.argb(x, y);
                int i = (p >>> 24) < 128 ? -1 : index(p);
                index[y * w + x] = i;
                if (i >= 0 && !used[i]) {
                    used[i] = true;
                    int r = i / 36;
                    int g = (i / 6) % 6;
                    int b = i % 6;
                    out.append('#').append(i).append(";2;").append(LEVELS[r]).append(';').append(LEVELS[g])
                            .append(';').append(LEVELS[b]);
                }
            }
        }
        int[] bits = new int[w];
        for (int top = 0; top < h; top += 6) {
            boolean[] inBand = new boolean[216];
            for (int y = top; y < Math.min(h, top + 6); y++) {
                for (int x = 0; x < w; x++) {
                    if (index[y * w + x] >= 0) {
                        inBand[index[y * w + x]] = true;
                    }
                }
            }
            boolean first = true;
            for (int c = 0; c < 216; c++) {
                if (!inBand[c]) {
                    continue;
                }
                java.util.Arrays.fill(bits, 0);
                for (int k = 0; k < 6 && top + k < h; k++) {
                    for (int x = 0; x < w; x++) {
                        if (index[(top + k) * w + x] == c) {
                            bits[x] |= 1 << k;
                        }
                    }
                }
                if (!first) {
                    out.append('$');    // back to the band's start for the next colour
                }
                first = false;
                out.append('#').append(c);
                runs(out, bits);
            }
            out.append('-');
        }
        return out.append("\u001b\\").toString();
    }

    /** The sixel characters of one colour's pass, repeats as {@code !count char}. */
    private static void runs(StringBuilder out, int[] bits) {
        int end = bits.length;
        while (end > 0 && bits[end - 1] == 0) {
            end--;     // nothing to draw at the end of the band: stop early
        }
        int x = 0;
        while (x < end) {
            int run = 1;
            while (x + run < end && bits[x + run] == bits[x]) {
                run++;
            }
            char ch = (char) ('?' + bits[x]);
            if (run > 3) {
                out.append('!').append(run).append(ch);
            } else {
                for (int i = 0; i < run; i++) {
                    out.append(ch);
                }
            }
            x += run;
        }
    }

    private static int index(int argb) {
        int r = level((argb >> 16) & 0xFF);
        int g = level((argb >> 8) & 0xFF);
        int b = level(argb & 0xFF);
        return 36 * r + 6 * g + b;
    }

    private static int level(int channel) {
        return (channel * 5 + 127) / 255;
    }

    private static int paletteRgb(int i) {
        return channel(LEVELS[i / 36]) << 16 | channel(LEVELS[(i / 6) % 6]) << 8 | channel(LEVELS[i % 6]);
    }

    private static int channel(int percent) {
        return (percent * 255 + 50) / 100;
    }
}
