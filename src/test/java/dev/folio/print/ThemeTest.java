package dev.folio.print;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.layout.Role;
import dev.folio.layout.Span;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ThemeTest {
    @Test
    void bothThemesNameEveryRole() {
        for (Theme theme : new Theme[] {Theme.standard(), Theme.plain()}) {
            for (Role role : Role.values()) {
                assertTrue(theme.covers(role), theme.name() + " has no line for " + role);
            }
        }
    }

    @Test
    void headingLevelsLookDifferentInTheDefaultTheme() {
        Theme t = Theme.standard();
        Set<Style> styles = new HashSet<>();
        for (int level = 1; level <= 6; level++) {
            styles.add(t.style(Role.heading(level)));
        }
        assertEquals(6, styles.size());
        assertTrue(t.style(Role.HEADING_1).has(Style.BOLD));
        assertTrue(t.style(Role.LINK).has(Style.UNDERLINE));
    }

    @Test
    void plainThemeUsesOnlyBoldUnderlineAndReverse() {
        Theme t = Theme.plain();
        int allowed = Style.BOLD | Style.UNDERLINE | Style.INVERSE;
        for (Role role : Role.values()) {
            Style s = t.style(role);
            assertEquals(Style.NO_COLOR, s.foreground(), role.name());
            assertEquals(Style.NO_COLOR, s.background(), role.name());
            assertEquals(0, s.attributes() & ~allowed, role.name());
        }
    }

    @Test
    void marksAddToTheRoleStyle() {
        Theme t = Theme.standard();
        Style link = t.style(Role.LINK);
        Style strongLink = t.style(new Span("x", Role.LINK, Span.STRONG | Span.EMPHASIS, 0));
        assertTrue(strongLink.has(Style.BOLD) && strongLink.has(Style.ITALIC) && strongLink.has(Style.UNDERLINE));
        assertEquals(link.foreground(), strongLink.foreground());
        assertNotEquals(link, strongLink);
    }

    @Test
    void styleWordsParse() {
        assertEquals(new Style(Style.BOLD | Style.UNDERLINE, 0x5f87d7, 0x101010), Style.parse(" bold  underline #5F87D7 on #101010 "));
        assertEquals(Style.NONE, Style.parse(""));
        assertThrows(IllegalArgumentException.class, () -> Style.parse("blink"));
        assertThrows(IllegalArgumentException.class, () -> Style.parse("#12345"));
        assertThrows(IllegalArgumentException.class, () -> Style.parse("bold on"));
    }

    @Test
    void unknownThemeIsReported() {
        assertThrows(IllegalArgumentException.class, () -> Theme.named("neon"));
    }
}
