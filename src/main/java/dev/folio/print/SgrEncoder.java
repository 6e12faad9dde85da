package dev.folio.print;

import dev.folio.theme.Color;
import dev.folio.theme.ColorDepth;
import dev.folio.theme.Style;
import java.util.HashMap;
import java.util.Map;
import org.jline.utils.AttributedCharSequence.ForceMode;
import org.jline.utils.AttributedString;
import org.jline.utils.AttributedStyle;

/**
 * Turns a theme's {@link Style} into the SGR sequence ({@code ESC[…m}) that switches it on, at a
 * colour depth. The theme rounds its colours to the depth (the viewer rounds the same way); JLine
 * writes the sequence. Only the sequence is taken from JLine, never the text: its {@code toAnsi}
 * replaces box-drawing characters with ASCII.
 */
final class SgrEncoder {
    static final String RESET = "\u001b[0m";

    private final ColorDepth depth;
    private final Map<Style, String> cache = new HashMap<>();

    SgrEncoder(ColorDepth depth) {
        if (depth == ColorDepth.NONE) {
            throw new IllegalArgumentException("no SGR without colour");
        }
        this.depth = depth;
    }

    /** The sequence that turns {@code style} on from the default; empty for {@link Style#NONE}. */
    String open(Style style) {
        return cache.computeIfAbsent(style, this::encode);
    }

    private String encode(Style style) {
        if (style.isPlain()) {
            return "";
        }
        String ansi = new AttributedString("x", attributed(style)).toAnsi(Math.max(depth.colors(), 16), ForceMode.None); // monochrome: no colour is left to write
        int x = ansi.indexOf('x');
        String sgr = x < 0 ? "" : ansi.substring(0, x);
        if (!sgr.matches("(\u001b\\[[0-9;]*m)*")) {
            throw new IllegalStateException("unexpected sequence from JLine: " + sgr.replace('\u001b', '^'));
        }
        return sgr;
    }

    AttributedStyle attributed(Style themed) {
        Style style = themed.at(depth);
        AttributedStyle a = AttributedStyle.DEFAULT;
        if (style.has(Style.BOLD)) {
            a = a.bold();
        }
        if (style.has(Style.FAINT)) {
            a = a.faint();
        }
        if (style.has(Style.ITALIC)) {
            a = a.italic();
        }
        if (style.has(Style.UNDERLINE)) {
            a = a.underline();
        }
        if (style.has(Style.INVERSE)) {
            a = a.inverse();
        }
        if (style.has(Style.STRIKE)) {
            a = a.crossedOut();
        }
        a = colour(a, style.foreground(), false);
        return colour(a, style.background(), true);
    }

    private static AttributedStyle colour(AttributedStyle a, Color c, boolean background) {
        return switch (c.kind()) {
            case DEFAULT -> a;
            case ANSI, INDEXED -> background ? a.background(c.value()) : a.foreground(c.value());
            case RGB -> background ? a.backgroundRgb(c.value()) : a.foregroundRgb(c.value());
        };
    }
}
