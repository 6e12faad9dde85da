package dev.folio.image;

/**
 * What folio agrees to decode, checked before any pixel is decoded: the file's size, and the
 * pixel count and sides read from its header. A decompression bomb (a small file that claims
 * a huge picture) is refused by its header, so it never reaches the decoder.
 *
 * @param maxBytes  the largest file read (raster images and SVG alike)
 * @param maxPixels the most pixels width × height an image may claim
 * @param maxSide   the longest side an image may claim
 */
public record ImageLimits(long maxBytes, long maxPixels, int maxSide) {
    /** 32 MB, 50 megapixels (an 8K photo), 20,000 pixels a side. */
    public static final ImageLimits DEFAULT = new ImageLimits(32L << 20, 50_000_000L, 20_000);

    public ImageLimits {
        if (maxBytes < 1 || maxPixels < 1 || maxSide < 1) {
            throw new IllegalArgumentException("limits must be positive");
        }
    }

    /** Refuses a header that claims more than these limits allow. */
    void check(int width, int height) throws ImageException {
        if (width <= 0 || height <= 0) {
            throw new ImageException("no picture in it (" + width + "×" + height + ")");
        }
        if (width > maxSide || height > maxSide || (long) width * height > maxPixels) {
            throw new ImageException("too large: " + width + "×" + height + " pixels (limit "
                    + (maxPixels / 1_000_000) + " megapixels, " + maxSide + " a side)");
        }
    }

    void checkBytes(long size) throws ImageException {
        if (size > maxBytes) {
            throw new ImageException("too large: " + size + " bytes (limit " + maxBytes + ")");
        }
    }
}
