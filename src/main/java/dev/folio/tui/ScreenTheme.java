package dev.folio.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import dev.folio.layout.Role;
import dev.folio.layout.Span;
import dev.folio.viewer.Segment;
import dev.folio.viewer.Segment.Highlight;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;

/**
 * How the viewer's roles, marks and highlights look on screen: data, a style per role and per
 * highlight. A segment's style is its role's, plus its marks, overlaid by its highlight.
 * {@link #monochrome()} uses attributes only (bold, italic, underline, reverse, crossed-out) for
 * {@code NO_COLOR}.
 */
public final class ScreenTheme {
    private static final TextColor DEFAULT = TextColor.ANSI.DEFAULT;
    private static final TextColor GREY = TextColor.ANSI.BLACK_BRIGHT;
    private static final TextColor ORANGE = new TextColor.Indexed(208);

    /** Foreground, background (DEFAULT keeps what is below) and attributes. */
    public record Style(TextColor foreground, TextColor background, Set<SGR> attributes) {
        public static final Style PLAIN = new Style(DEFAULT, DEFAULT, Set.of());

        public Style {
            attributes = attributes.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(attributes));
        }

        static Style fg(TextColor fg, SGR... sgr) {
            return new Style(fg, DEFAULT, Set.of(sgr));
        }

        static Style attr(SGR... sgr) {
            return new Style(DEFAULT, DEFAULT, Set.of(sgr));
        }

        /** This style with {@code top} laid over it: top's colours win where set, attributes add up. */
        Style under(Style top) {
            EnumSet<SGR> all = EnumSet.noneOf(SGR.class);
            all.addAll(attributes);
            all.addAll(top.attributes);
            return new Style(top.foreground == DEFAULT ? foreground : top.foreground,
                    top.background == DEFAULT ? background : top.background, all);
        }

        EnumSet<SGR> sgrSet() {
            return attributes.isEmpty() ? EnumSet.noneOf(SGR.class) : EnumSet.copyOf(attributes);
        }
    }

    private final Map<Role, Style> roles;
    private final Map<Highlight, Style> highlights;

    private ScreenTheme(Map<Role, Style> roles, Map<Highlight, Style> highlights) {
        this.roles = new EnumMap<>(roles);
        this.highlights = new EnumMap<>(highlights);
    }

    /** Monochrome when {@code NO_COLOR} is set to anything but the empty string, else colour. */
    public static ScreenTheme forEnvironment(Map<String, String> environment) {
        String noColor = environment.get("NO_COLOR");
        return noColor != null && !noColor.isEmpty() ? monochrome() : colour();
    }

    /** The style of a segment: role, then marks, then the highlight on top. */
    public Style styleOf(Segment segment) {
        Style style = roles.getOrDefault(segment.role(), Style.PLAIN).under(marks(segment.marks()));
        return style.under(highlights.getOrDefault(segment.highlight(), Style.PLAIN));
    }

    /** Whether a row ending in this highlight is filled with it to the right edge (a bar). */
    public boolean fillsRow(Highlight highlight) {
        return switch (highlight) {
            case STATUS, STATUS_DIM, STATUS_MESSAGE, STATUS_ERROR, OVERLAY_SELECTED, PROMPT -> true;
            default -> false;
        };
    }

    private static Style marks(int marks) {
        EnumSet<SGR> sgr = EnumSet.noneOf(SGR.class);
        if ((marks & Span.EMPHASIS) != 0) {
            sgr.add(SGR.ITALIC);
        }
        if ((marks & Span.STRONG) != 0) {
            sgr.add(SGR.BOLD);
        }
        if ((marks & Span.STRIKE) != 0) {
            sgr.add(SGR.CROSSED_OUT);
        }
        if ((marks & Span.UNDERLINE) != 0) {
            sgr.add(SGR.UNDERLINE);
        }
        return sgr.isEmpty() ? Style.PLAIN : new Style(DEFAULT, DEFAULT, sgr);
    }

    public static ScreenTheme colour() {
        Map<Role, Style> r = new EnumMap<>(Role.class);
        r.put(Role.HEADING_1, Style.fg(TextColor.ANSI.MAGENTA_BRIGHT, SGR.BOLD, SGR.UNDERLINE));
        r.put(Role.HEADING_2, Style.fg(TextColor.ANSI.CYAN_BRIGHT, SGR.BOLD));
        r.put(Role.HEADING_3, Style.fg(TextColor.ANSI.GREEN_BRIGHT, SGR.BOLD));
        r.put(Role.HEADING_4, Style.fg(TextColor.ANSI.YELLOW, SGR.BOLD));
        r.put(Role.HEADING_5, Style.attr(SGR.BOLD));
        r.put(Role.HEADING_6, Style.attr(SGR.BOLD, SGR.ITALIC));
        r.put(Role.LINK, Style.fg(TextColor.ANSI.BLUE_BRIGHT, SGR.UNDERLINE));
        r.put(Role.FOOTNOTE_REF, Style.fg(TextColor.ANSI.BLUE_BRIGHT));
        r.put(Role.CODE, Style.fg(TextColor.ANSI.YELLOW));
        r.put(Role.CODE_BLOCK, Style.fg(TextColor.ANSI.GREEN));
        r.put(Role.LIST_MARKER, Style.fg(TextColor.ANSI.CYAN));
        r.put(Role.TASK_OPEN, Style.fg(TextColor.ANSI.CYAN));
        r.put(Role.TASK_DONE, Style.fg(TextColor.ANSI.GREEN));
        r.put(Role.TABLE_HEADER, Style.attr(SGR.BOLD));
        r.put(Role.MEDIA, Style.fg(TextColor.ANSI.MAGENTA));
        r.put(Role.META_TITLE, Style.attr(SGR.BOLD));
        r.put(Role.META_VALUE, Style.fg(TextColor.ANSI.CYAN));
        r.put(Role.ALERT_NOTE, Style.fg(TextColor.ANSI.BLUE_BRIGHT, SGR.BOLD));
        r.put(Role.ALERT_TIP, Style.fg(TextColor.ANSI.GREEN_BRIGHT, SGR.BOLD));
        r.put(Role.ALERT_IMPORTANT, Style.fg(TextColor.ANSI.MAGENTA_BRIGHT, SGR.BOLD));
        r.put(Role.ALERT_WARNING, Style.fg(TextColor.ANSI.YELLOW_BRIGHT, SGR.BOLD));
        r.put(Role.ALERT_CAUTION, Style.fg(TextColor.ANSI.RED_BRIGHT, SGR.BOLD));
        r.put(Role.DETAILS_SUMMARY, Style.attr(SGR.BOLD));
        r.put(Role.DEFINITION_TERM, Style.attr(SGR.BOLD));
        for (Role role : new Role[] {Role.HEADING_MARKER, Role.CODE_INFO, Role.CONTINUATION, Role.QUOTE_BAR,
                Role.TABLE_BORDER, Role.RULE, Role.FOOTNOTE_LABEL, Role.META_KEY, Role.LINK_REFERENCE}) {
            r.put(role, Style.fg(GREY));
        }
        Map<Highlight, Style> h = new EnumMap<>(Highlight.class);
        h.put(Highlight.FOCUSED_LINK, Style.attr(SGR.REVERSE));
        h.put(Highlight.MATCH, new Style(TextColor.ANSI.BLACK, TextColor.ANSI.YELLOW, Set.of()));
        h.put(Highlight.CURRENT_MATCH, new Style(TextColor.ANSI.BLACK, ORANGE, Set.of(SGR.BOLD)));
        h.put(Highlight.HINT, new Style(TextColor.ANSI.BLACK, TextColor.ANSI.YELLOW_BRIGHT, Set.of(SGR.BOLD)));
        h.put(Highlight.STATUS, Style.attr(SGR.REVERSE));
        h.put(Highlight.STATUS_DIM, new Style(GREY, DEFAULT, Set.of(SGR.REVERSE)));
        h.put(Highlight.STATUS_MESSAGE, Style.attr(SGR.REVERSE, SGR.BOLD));
        h.put(Highlight.STATUS_ERROR, new Style(TextColor.ANSI.WHITE_BRIGHT, TextColor.ANSI.RED, Set.of(SGR.BOLD)));
        h.put(Highlight.OVERLAY_TITLE, Style.fg(TextColor.ANSI.CYAN_BRIGHT, SGR.BOLD));
        h.put(Highlight.OVERLAY_SELECTED, Style.attr(SGR.REVERSE));
        h.put(Highlight.OVERLAY_DIM, Style.fg(GREY));
        h.put(Highlight.PROMPT, Style.attr(SGR.BOLD));
        return new ScreenTheme(r, h);
    }

    public static ScreenTheme monochrome() {
        Map<Role, Style> r = new EnumMap<>(Role.class);
        for (int level = 1; level <= 6; level++) {
            r.put(Role.heading(level), level == 1 ? Style.attr(SGR.BOLD, SGR.UNDERLINE) : Style.attr(SGR.BOLD));
        }
        r.put(Role.LINK, Style.attr(SGR.UNDERLINE));
        r.put(Role.FOOTNOTE_REF, Style.attr(SGR.UNDERLINE));
        r.put(Role.TABLE_HEADER, Style.attr(SGR.BOLD));
        r.put(Role.META_TITLE, Style.attr(SGR.BOLD));
        r.put(Role.DETAILS_SUMMARY, Style.attr(SGR.BOLD));
        r.put(Role.DEFINITION_TERM, Style.attr(SGR.BOLD));
        for (Role role : new Role[] {Role.ALERT_NOTE, Role.ALERT_TIP, Role.ALERT_IMPORTANT, Role.ALERT_WARNING,
                Role.ALERT_CAUTION}) {
            r.put(role, Style.attr(SGR.BOLD));
        }
        Map<Highlight, Style> h = new EnumMap<>(Highlight.class);
        h.put(Highlight.FOCUSED_LINK, Style.attr(SGR.REVERSE));
        h.put(Highlight.MATCH, Style.attr(SGR.UNDERLINE, SGR.BOLD));
        h.put(Highlight.CURRENT_MATCH, Style.attr(SGR.REVERSE, SGR.BOLD));
        h.put(Highlight.HINT, Style.attr(SGR.REVERSE, SGR.BOLD));
        h.put(Highlight.STATUS, Style.attr(SGR.REVERSE));
        h.put(Highlight.STATUS_DIM, Style.attr(SGR.REVERSE));
        h.put(Highlight.STATUS_MESSAGE, Style.attr(SGR.REVERSE, SGR.BOLD));
        h.put(Highlight.STATUS_ERROR, Style.attr(SGR.REVERSE, SGR.BOLD, SGR.UNDERLINE));
        h.put(Highlight.OVERLAY_TITLE, Style.attr(SGR.BOLD, SGR.UNDERLINE));
        h.put(Highlight.OVERLAY_SELECTED, Style.attr(SGR.REVERSE));
        h.put(Highlight.PROMPT, Style.attr(SGR.BOLD));
        return new ScreenTheme(r, h);
    }
}
