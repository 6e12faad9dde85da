package dev.folio.image;

import java.awt.image.BufferedImage;

/**
 * Shrinks (or stretches) a picture to an exact size by averaging the area of the source each
 * target pixel covers, in premultiplied alpha so transparent pixels do not darken edges. A box
 * filter is what makes a 2,000-pixel photo look right in 80 columns of half blocks, where
 * nearest-neighbour sampling gives noise.
 */
final class Scaler {
    private Scaler() {}

    static Pixels scale(BufferedImage image, int width, int height) {
        int sw = image.getWidth();
        int sh = image.getHeight();
        int[] src = image.getRGB(0, 0, sw, sh, null, 0, sw);
        return scale(src, sw, sh, width, height);
    }

    static Pixels scale(int[] src, int sw, int sh, int width, int height) {
        int[] out = new int[width * height];
        double fx = (double) sw / width;
        double fy = (double) sh / height;
        for (int y = 0; y < height; y++) {
            double y0 = y * fy;
            double y1 = Math.max(y0 + 1e-9, Math.min(sh, (y + 1) * fy));
            for (int x = 0; x < width; x++) {
                double x0 = x * fx;
                double x1 = Math.max(x0 + 1e-9, Math.min(sw, (x + 1) * fx));
                out[y * width + x] = average(src, sw, sh, x0, x1, y0, y1);
            }
        }
        return new Pixels(width, height, out);
    }

    /** The area-weighted mean of the source over {@code [x0, x1) × [y0, y1)}. */
    private static int average(int[] src, int sw, int sh, double x0, double x1, double y0, double y1) {
        double a = 0;
        double r = 0;
        double g = 0;
        double b = 0;
        double total = 0;
        int yEnd = Math.min(sh, (int) Math.ceil(y1));
        int xEnd = Math.min(sw, (int) Math.ceil(x1));
        for (int sy = (int) y0; sy < yEnd; sy++) {
            double wy = Math.min(y1, sy + 1) - Math.max(y0, sy);
            for (int sx = (int) x0; sx < xEnd; sx++) {
                double w = wy * (Math.min(x1, sx + 1) - Math.max(x0, sx));
                if (w <= 0) {
                    continue;
                }
                int p = src[sy * sw + sx];
                double pa = (p >>> 24) / 255.0;
                a += w * pa;
                r += w * pa * ((p >> 16) & 0xFF);
                g += w * pa * ((p >> 8) & 0xFF);
                b += w * pa * (p & 0xFF);
                total += w;
            }
        }
        if (total <= 0 || a <= 0) {
            return 0;
        }
        int alpha = (int) Math.round(255 * a / total);
        return (alpha << 24) | (channel(r / a) << 16) | (channel(g / a) << 8) | channel(b / a);
    }

    private static int channel(double v) {
        return Math.max(0, Math.min(255, (int) Math.round(v)));
    }
}
