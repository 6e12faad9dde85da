package dev.folio.print;

import java.util.Locale;

/**
 * How one piece of text looks, independent of any terminal library: attribute flags and
 * optional foreground and background colours as 24-bit RGB. Written in theme files as words,
 * e.g. {@code bold underline #5f87d7 on #1c1c1c}.
 *
 * @param foreground {@code 0xRRGGBB}, or {@link #NO_COLOR}
 * @param background {@code 0xRRGGBB}, or {@link #NO_COLOR}
 */
public record Style(int attributes, int foreground, int background) {
    public static final int BOLD = 1;
    public static final int FAINT = 2;
    public static final int ITALIC = 4;
    public static final int UNDERLINE = 8;
    public static final int INVERSE = 16;
    public static final int STRIKE = 32;
    public static final int NO_COLOR = -1;

    public static final Style NONE = new Style(0, NO_COLOR, NO_COLOR);

    private static final String[] WORDS = {"bold", "faint", "italic", "underline", "inverse", "strike"};

    public Style {
        checkColor(foreground);
        checkColor(background);
    }

    public boolean has(int attribute) {
        return (attributes & attribute) != 0;
    }

    public boolean isPlain() {
        return equals(NONE);
    }

    /** This style with {@code other} on top: attributes add up, other's colours win where it has them. */
    public Style with(Style other) {
        return new Style(attributes | other.attributes,
                other.foreground != NO_COLOR ? other.foreground : foreground,
                other.background != NO_COLOR ? other.background : background);
    }

    /**
     * Parses a style: attribute words ({@code bold faint italic underline inverse strike}),
     * a foreground {@code #rrggbb}, and a background as {@code on #rrggbb}. Empty means no style.
     */
    public static Style parse(String spec) {
        int attributes = 0;
        int fg = NO_COLOR;
        int bg = NO_COLOR;
        String[] words = spec.trim().toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty()) {
                continue;
            }
            if (w.equals("on")) {
                if (i + 1 >= words.length) {
                    throw new IllegalArgumentException("'on' needs a colour: " + spec);
                }
                bg = rgb(words[++i], spec);
            } else if (w.startsWith("#")) {
                fg = rgb(w, spec);
            } else {
                attributes |= attribute(w, spec);
            }
        }
        return new Style(attributes, fg, bg);
    }

    private static int attribute(String word, String spec) {
        for (int i = 0; i < WORDS.length; i++) {
            if (WORDS[i].equals(word)) {
                return 1 << i;
            }
        }
        throw new IllegalArgumentException("unknown style word '" + word + "' in: " + spec);
    }

    private static int rgb(String word, String spec) {
        if (!word.matches("#[0-9a-f]{6}")) {
            throw new IllegalArgumentException("colours are written #rrggbb: '" + word + "' in: " + spec);
        }
        return Integer.parseInt(word.substring(1), 16);
    }

    private static void checkColor(int c) {
        if (c != NO_COLOR && (c < 0 || c > 0xFFFFFF)) {
            throw new IllegalArgumentException("not an RGB colour: " + c);
        }
    }
}
