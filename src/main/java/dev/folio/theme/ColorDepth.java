package dev.folio.theme;

import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * How many colours the output may use; {@link #NONE} writes no escape sequence at all, and
 * {@link #MONOCHROME} only attributes (bold, italic, underline, reverse, strike), never a
 * colour: what {@code NO_COLOR} asks for, which forbids colour, not emphasis.
 */
public enum ColorDepth {
    NONE(0), MONOCHROME(1), BASIC_16(16), PALETTE_256(256), TRUE_COLOR(1 << 24);

    private final int colors;

    ColorDepth(int colors) {
        this.colors = colors;
    }

    public int colors() {
        return colors;
    }

    /** Whether anything but the default colours can be shown. */
    public boolean hasColour() {
        return colors > 1;
    }

    /**
     * The depth a colour terminal supports, from the environment: 24-bit when {@code COLORTERM}
     * says {@code truecolor} or {@code 24bit}, 256 when {@code TERM} names a 256-colour (or
     * direct-colour) terminal, else the 16 basic colours.
     */
    public static ColorDepth detect(UnaryOperator<String> env) {
        String colorterm = lower(env.apply("COLORTERM"));
        String term = lower(env.apply("TERM"));
        if (colorterm.equals("truecolor") || colorterm.equals("24bit") || term.endsWith("-direct")) {
            return TRUE_COLOR;
        }
        if (term.contains("256color")) {
            return PALETTE_256;
        }
        return BASIC_16;
    }

    private static String lower(String s) {
        return s == null ? "" : s.trim().toLowerCase(Locale.ROOT);
    }
}
