package dev.folio.theme;

import java.util.Locale;

/**
 * How one piece of text looks, independent of any terminal library: attribute flags and a
 * foreground and background {@link Color}. Written in theme files as words, e.g.
 * {@code bold underline #5f87d7 on #1c1c1c} or {@code black on yellow}.
 */
public record Style(int attributes, Color foreground, Color background) {
    public static final int BOLD = 1;
    public static final int FAINT = 2;
    public static final int ITALIC = 4;
    public static final int UNDERLINE = 8;
    public static final int INVERSE = 16;
    public static final int STRIKE = 32;
    private static final int ALL = 63;

    public static final Style NONE = new Style(0, Color.DEFAULT, Color.DEFAULT);

    private static final String[] WORDS = {"bold", "faint", "italic", "underline", "inverse", "strike"};

    public Style {
        if ((attributes & ~ALL) != 0) {
            throw new IllegalArgumentException("unknown attributes: " + attributes);
        }
        if (foreground == null || background == null) {
            throw new IllegalArgumentException("colours are Color.DEFAULT, never null");
        }
    }

    public static Style of(int attributes) {
        return new Style(attributes, Color.DEFAULT, Color.DEFAULT);
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
                other.foreground.isDefault() ? foreground : other.foreground,
                other.background.isDefault() ? background : other.background);
    }

    /** This style as a terminal of {@code depth} shows it (see {@link Color#at}). */
    public Style at(ColorDepth depth) {
        return new Style(attributes, foreground.at(depth), background.at(depth));
    }

    /**
     * Parses a style: attribute words ({@code bold faint italic underline inverse strike}, also
     * {@code reverse dim}), a foreground colour, and a background as {@code on COLOUR}, colours
     * as {@link Color#parse} reads them. Empty (or {@code none}) means no style.
     *
     * @throws IllegalArgumentException naming the word that is wrong
     */
    public static Style parse(String spec) {
        int attributes = 0;
        Color fg = Color.DEFAULT;
        Color bg = Color.DEFAULT;
        String[] words = spec.trim().toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty() || w.equals("none")) {
                continue;
            }
            if (w.equals("on")) {
                if (i + 1 >= words.length) {
                    throw new IllegalArgumentException("'on' needs a colour after it");
                }
                bg = Color.parse(words[++i]);
            } else if (attribute(w) != 0) {
                attributes |= attribute(w);
            } else if (Color.isColor(w)) {
                fg = Color.parse(w);
            } else {
                throw new IllegalArgumentException("'" + w + "' is neither a style word (" + String.join(" ", WORDS)
                        + ") nor a colour (#rrggbb, 0-255, red, bright-blue …)");
            }
        }
        return new Style(attributes, fg, bg);
    }

    private static int attribute(String word) {
        String w = switch (word) {
            case "reverse" -> "inverse";
            case "dim" -> "faint";
            case "strikethrough", "crossed-out" -> "strike";
            default -> word;
        };
        for (int i = 0; i < WORDS.length; i++) {
            if (WORDS[i].equals(w)) {
                return 1 << i;
            }
        }
        return 0;
    }
}
