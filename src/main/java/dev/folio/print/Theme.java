package dev.folio.print;

import dev.folio.layout.Role;
import dev.folio.layout.Span;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;

/**
 * Maps the roles of a laid-out page, and the inline marks of its spans, to styles. Themes are
 * data: a properties file per theme beside this class ({@code default.theme}, {@code plain.theme}),
 * one line per role ({@code HEADING_1 = bold #d7875f}) and per mark ({@code mark.STRONG = bold}).
 * A role the file leaves out is shown unstyled.
 */
public final class Theme {
    private final String name;
    private final Map<Role, Style> roles;
    private final Style[] marks;

    private Theme(String name, Map<Role, Style> roles, Style[] marks) {
        this.name = name;
        this.roles = roles;
        this.marks = marks;
    }

    /** The default theme: colours chosen to read on dark and on light backgrounds. */
    public static Theme standard() {
        return named("default");
    }

    /** Only bold, underline and reverse video: for terminals, or readers, that want no colour. */
    public static Theme plain() {
        return named("plain");
    }

    /** A theme shipped with folio, by name. */
    public static Theme named(String name) {
        String resource = name + ".theme";
        try (InputStream in = Theme.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no theme named '" + name + "'");
            }
            Properties p = new Properties();
            p.load(in);
            return parse(name, p);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read theme " + resource, e);
        }
    }

    static Theme parse(String name, Properties p) {
        Map<Role, Style> roles = new EnumMap<>(Role.class);
        Style[] marks = new Style[4];
        java.util.Arrays.fill(marks, Style.NONE);
        for (String key : p.stringPropertyNames()) {
            Style style = Style.parse(p.getProperty(key));
            if (key.startsWith("mark.")) {
                marks[markIndex(key.substring(5))] = style;
            } else {
                roles.put(Role.valueOf(key.trim().toUpperCase(Locale.ROOT)), style);
            }
        }
        return new Theme(name, roles, marks);
    }

    private static int markIndex(String mark) {
        return switch (mark.trim().toUpperCase(Locale.ROOT)) {
            case "EMPHASIS" -> 0;
            case "STRONG" -> 1;
            case "STRIKE" -> 2;
            case "UNDERLINE" -> 3;
            default -> throw new IllegalArgumentException("unknown mark '" + mark + "'");
        };
    }

    public String name() {
        return name;
    }

    /** The style of a role, {@link Style#NONE} when the theme leaves it out. */
    public Style style(Role role) {
        return roles.getOrDefault(role, Style.NONE);
    }

    /** Whether the theme names this role (unnamed roles are shown unstyled). */
    public boolean covers(Role role) {
        return roles.containsKey(role);
    }

    /** The style of an inline mark ({@link Span#EMPHASIS}, {@link Span#STRONG}, …). */
    public Style mark(int mark) {
        return marks[Integer.numberOfTrailingZeros(mark) & 3];
    }

    /** A span's style: its role's, with the styles of its marks on top. */
    public Style style(Span span) {
        Style s = style(span.role());
        for (int mark : new int[] {Span.EMPHASIS, Span.STRONG, Span.STRIKE, Span.UNDERLINE}) {
            if (span.has(mark)) {
                s = s.with(mark(mark));
            }
        }
        return s;
    }
}
