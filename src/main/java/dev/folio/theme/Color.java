package dev.folio.theme;

import java.util.Locale;

/**
 * A colour as a theme names it: the terminal's default, one of the 16 colours the terminal's
 * own palette defines (so it follows the reader's colour scheme), an entry of the 256-colour
 * palette, or 24-bit RGB. {@link #at} gives the colour a terminal of some depth can show.
 *
 * @param value the palette index (0–15 for {@link Kind#ANSI}, 0–255 for {@link Kind#INDEXED}),
 *              {@code 0xRRGGBB} for {@link Kind#RGB}, 0 for {@link Kind#DEFAULT}
 */
public record Color(Kind kind, int value) {
    public static final Color DEFAULT = new Color(Kind.DEFAULT, 0);

    /** The 16 names, in palette order; {@code grey} and {@code gray} also name bright black. */
    static final String[] NAMES = {"black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow", "bright-blue", "bright-magenta",
        "bright-cyan", "bright-white"};

    public enum Kind { DEFAULT, ANSI, INDEXED, RGB }

    public Color {
        int max = switch (kind) {
            case DEFAULT -> 0;
            case ANSI -> 15;
            case INDEXED -> 255;
            case RGB -> 0xFFFFFF;
        };
        if (value < 0 || value > max) {
            throw new IllegalArgumentException("not a " + kind + " colour: " + value);
        }
    }

    public static Color rgb(int rgb) {
        return new Color(Kind.RGB, rgb);
    }

    public static Color ansi(int index) {
        return new Color(Kind.ANSI, index);
    }

    public static Color indexed(int index) {
        return new Color(Kind.INDEXED, index);
    }

    public boolean isDefault() {
        return kind == Kind.DEFAULT;
    }

    /**
     * This colour on a terminal of {@code depth}: RGB rounded to the nearest palette colour
     * below 24 bits, palette entries past 15 rounded to the 16 below 256 colours, and no colour
     * at all without colour. The 16 named colours stay themselves at every depth.
     */
    public Color at(ColorDepth depth) {
        return switch (depth) {
            case NONE, MONOCHROME -> DEFAULT;
            case TRUE_COLOR -> this;
            case PALETTE_256 -> kind == Kind.RGB ? indexed(Palette.nearest256(value)) : this;
            case BASIC_16 -> switch (kind) {
                case RGB -> ansi(Palette.nearest16(value));
                case INDEXED -> ansi(value < 16 ? value : Palette.nearest16(Palette.rgb(value)));
                default -> this;
            };
        };
    }

    /**
     * Parses a colour word: {@code #rrggbb}, a palette index {@code 0}–{@code 255}, one of the
     * 16 names ({@code red}, {@code bright-blue}, {@code grey} …), or {@code default}.
     *
     * @throws IllegalArgumentException naming the word when it is none of these
     */
    public static Color parse(String word) {
        String w = word.trim().toLowerCase(Locale.ROOT).replace('_', '-');
        if (w.matches("#[0-9a-f]{6}")) {
            return rgb(Integer.parseInt(w.substring(1), 16));
        }
        if (w.matches("[0-9]{1,3}") && Integer.parseInt(w) <= 255) {
            return indexed(Integer.parseInt(w));
        }
        if (w.equals("default")) {
            return DEFAULT;
        }
        if (w.equals("grey") || w.equals("gray") || w.equals("bright-grey") || w.equals("bright-gray")) {
            return ansi(8);
        }
        for (int i = 0; i < NAMES.length; i++) {
            if (NAMES[i].equals(w)) {
                return ansi(i);
            }
        }
        throw new IllegalArgumentException("'" + word + "' is not a colour (#rrggbb, 0-255, a name such as red or bright-blue, default)");
    }

    /** Whether {@code word} reads as a colour. */
    static boolean isColor(String word) {
        try {
            parse(word);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
