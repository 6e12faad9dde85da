package dev.folio.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import dev.folio.layout.Role;
import dev.folio.theme.Color;
import dev.folio.theme.ColorDepth;
import dev.folio.theme.Theme;
import dev.folio.theme.Themes;
import dev.folio.viewer.Segment;
import dev.folio.theme.Highlight;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;

/**
 * A folio {@link Theme} in Lanterna's terms, at the terminal's colour depth: a segment's style is
 * its role's, plus its marks, overlaid by its highlight, with colours rounded to what the terminal
 * shows. The print back-end reads the same theme, so both look alike.
 */
public final class ScreenTheme {
    private static final TextColor DEFAULT = TextColor.ANSI.DEFAULT;
    /** Lanterna has no faint attribute: faint text without a colour of its own is drawn grey. */
    private static final TextColor FAINT = TextColor.ANSI.BLACK_BRIGHT;

    /** Foreground, background (DEFAULT keeps what is below) and attributes. */
    public record CellStyle(TextColor foreground, TextColor background, Set<SGR> attributes) {
        public static final CellStyle PLAIN = new CellStyle(DEFAULT, DEFAULT, Set.of());

        public CellStyle {
            attributes = attributes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(attributes));
        }

        EnumSet<SGR> sgrSet() {
            return attributes.isEmpty() ? EnumSet.noneOf(SGR.class) : EnumSet.copyOf(attributes);
        }
    }

    private record Key(Role role, int marks, Highlight highlight) {}

    private final Theme theme;
    private final ColorDepth depth;
    private final Map<Key, CellStyle> styles = new HashMap<>();

    private ScreenTheme(Theme theme, ColorDepth depth) {
        this.theme = theme;
        this.depth = depth;
    }

    /** {@code theme} as a terminal of {@code depth} shows it. */
    public static ScreenTheme of(Theme theme, ColorDepth depth) {
        return new ScreenTheme(theme, depth);
    }

    /** Monochrome when {@code NO_COLOR} is set to anything but the empty string, else colour. */
    public static ScreenTheme forEnvironment(Map<String, String> environment) {
        String noColor = environment.get("NO_COLOR");
        return noColor != null && !noColor.isEmpty() ? monochrome() : colour();
    }

    /** The dark theme on a 256-colour terminal. */
    public static ScreenTheme colour() {
        return of(Themes.builtIn("dark"), ColorDepth.PALETTE_256);
    }

    /** The plain theme, without colour: bold, underline and reverse only. */
    public static ScreenTheme monochrome() {
        return of(Themes.builtIn("plain"), ColorDepth.MONOCHROME);
    }

    /** The style of a segment: role, then marks, then the highlight on top. Called for every segment drawn. */
    public synchronized CellStyle styleOf(Segment segment) {
        return styles.computeIfAbsent(new Key(segment.role(), segment.marks(), segment.highlight()), this::resolve);
    }

    private CellStyle resolve(Key key) {
        dev.folio.theme.Style s = theme.style(key.role(), key.marks()).with(theme.highlight(key.highlight())).at(depth);
        EnumSet<SGR> sgr = EnumSet.noneOf(SGR.class);
        addIf(s.has(dev.folio.theme.Style.BOLD), SGR.BOLD, sgr);
        addIf(s.has(dev.folio.theme.Style.ITALIC), SGR.ITALIC, sgr);
        addIf(s.has(dev.folio.theme.Style.UNDERLINE), SGR.UNDERLINE, sgr);
        addIf(s.has(dev.folio.theme.Style.INVERSE), SGR.REVERSE, sgr);
        addIf(s.has(dev.folio.theme.Style.STRIKE), SGR.CROSSED_OUT, sgr);
        TextColor fg = color(s.foreground());
        if (fg == DEFAULT && s.has(dev.folio.theme.Style.FAINT) && depth.hasColour()) {
            fg = FAINT;
        }
        return new CellStyle(fg, color(s.background()), sgr);
    }

    private static void addIf(boolean condition, SGR sgr, EnumSet<SGR> set) {
        if (condition) {
            set.add(sgr);
        }
    }

    /** A theme colour (already rounded to the depth) as Lanterna's. */
    static TextColor color(Color c) {
        return switch (c.kind()) {
            case DEFAULT -> DEFAULT;
            case ANSI -> TextColor.ANSI.values()[c.value() < 8 ? c.value() : c.value() + 1]; // DEFAULT sits between
            case INDEXED -> new TextColor.Indexed(c.value());
            case RGB -> new TextColor.RGB(c.value() >> 16 & 0xFF, c.value() >> 8 & 0xFF, c.value() & 0xFF);
        };
    }

    /** Whether a row ending in this highlight is filled with it to the right edge (a bar). */
    public boolean fillsRow(Highlight highlight) {
        return switch (highlight) {
            case STATUS, STATUS_DIM, STATUS_MESSAGE, STATUS_ERROR, OVERLAY_SELECTED, PROMPT -> true;
            default -> false;
        };
    }
}
