package dev.folio.layout;

import dev.folio.text.Width;

/** Strings of an exact display width, made of a repeated glyph (rules, borders) or spaces. */
final class Fill {
    private static final String SPACES = " ".repeat(256);

    private Fill() {}

    static String spaces(int columns) {
        if (columns <= 0) {
            return "";
        }
        return columns <= SPACES.length() ? SPACES.substring(0, columns) : " ".repeat(columns);
    }

    /**
     * {@code glyph} repeated to exactly {@code columns} columns. Box-drawing glyphs are two
     * columns wide when East Asian Ambiguous characters are wide, so an odd remainder is padded
     * with a space rather than overflowing.
     */
    static String repeat(String glyph, int columns) {
        if (columns <= 0) {
            return "";
        }
        int w = Width.of(glyph);
        if (w <= 0 || w > columns) {
            return spaces(columns);
        }
        return glyph.repeat(columns / w) + spaces(columns % w);
    }
}
