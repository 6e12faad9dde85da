package dev.folio.image;

/**
 * What an image's header says: its size in pixels and its format. Read without decoding.
 *
 * @param format lower-case format name ({@code png}, {@code jpeg}, {@code svg}, …)
 */
public record ImageInfo(int width, int height, String format) {
    public ImageInfo {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("empty image: " + width + "×" + height);
        }
    }
}
