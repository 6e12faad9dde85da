package dev.folio.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.layout.Role;
import dev.folio.layout.Span;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The themes folio ships, as data. */
class ThemeTest {
    private static final Set<Role> CODE_TOKENS = EnumSet.range(Role.CODE_KEYWORD, Role.CODE_META);

    @ParameterizedTest
    @ValueSource(strings = {"dark", "light", "plain"})
    void everyThemeNamesEveryRoleAndHighlight(String name) {
        Theme theme = Themes.builtIn(name);
        for (Role role : Role.values()) {
            // plain leaves most code tokens to fall back on CODE_BLOCK: it has no colours to tell them apart
            assertTrue(theme.covers(role) || name.equals("plain") && CODE_TOKENS.contains(role), name + " has no " + role);
        }
        for (Highlight h : Highlight.values()) {
            assertTrue(h == Highlight.NONE || theme.covers(h), name + " has no highlight." + h);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"dark", "light"})
    void headingLevelsAndCodeTokensLookDifferent(String name) {
        Theme t = Themes.builtIn(name);
        Set<Style> headings = new HashSet<>();
        for (int level = 1; level <= 6; level++) {
            headings.add(t.style(Role.heading(level)));
        }
        assertEquals(6, headings.size());
        List<Role> tokens = List.of(Role.CODE_BLOCK, Role.CODE_KEYWORD, Role.CODE_STRING, Role.CODE_COMMENT,
                Role.CODE_NUMBER, Role.CODE_FUNCTION, Role.CODE_TYPE);
        assertEquals(tokens.size(), tokens.stream().map(t::style).distinct().count(), name);
        assertTrue(t.style(Role.LINK).has(Style.UNDERLINE));
    }

    @ParameterizedTest
    @ValueSource(strings = {"dark", "light"})
    void codeTokensStayDistinctOnSixteenColours(String name) {
        Theme t = Themes.builtIn(name);
        List<Role> tokens = List.of(Role.CODE_KEYWORD, Role.CODE_STRING, Role.CODE_COMMENT, Role.CODE_NUMBER, Role.CODE_FUNCTION);
        assertEquals(tokens.size(), tokens.stream().map(r -> t.style(r).at(ColorDepth.BASIC_16)).distinct().count(),
                name + " at 16 colours");
    }

    /** WCAG contrast of every coloured role against the backgrounds the theme is for. */
    @ParameterizedTest
    @ValueSource(strings = {"dark:000000:1c1c1c:282c34", "light:ffffff:f5f5f5:fdf6e3"})
    void coloursReadOnTheirBackground(String spec) {
        String[] parts = spec.split(":");
        Theme t = Themes.builtIn(parts[0]);
        for (int i = 1; i < parts.length; i++) {
            int background = Integer.parseInt(parts[i], 16);
            for (Role role : Role.values()) {
                Color fg = t.style(role).foreground();
                if (fg.kind() == Color.Kind.RGB) {
                    double ratio = contrast(fg.value(), background);
                    assertTrue(ratio >= 3.0, parts[0] + " " + role + " on #" + parts[i] + ": " + ratio);
                }
            }
        }
    }

    @Test
    void plainThemeUsesAttributesOnly() {
        Theme t = Themes.builtIn("plain");
        // Italic and strike only for emphasis and struck text: they must differ from links (underline).
        int allowed = Style.BOLD | Style.UNDERLINE | Style.INVERSE | Style.ITALIC | Style.STRIKE;
        List<Style> styles = new java.util.ArrayList<>();
        for (Role role : Role.values()) {
            styles.add(t.style(role));
        }
        for (Highlight h : Highlight.values()) {
            styles.add(t.highlight(h));
        }
        for (int mark : new int[] {Span.EMPHASIS, Span.STRONG, Span.STRIKE, Span.UNDERLINE}) {
            styles.add(t.mark(mark));
        }
        for (Style s : styles) {
            assertEquals(Color.DEFAULT, s.foreground(), s.toString());
            assertEquals(Color.DEFAULT, s.background(), s.toString());
            assertEquals(0, s.attributes() & ~allowed, s.toString());
        }
    }

    @Test
    void marksAddToTheRoleStyle() {
        Theme t = Themes.builtIn("dark");
        Style link = t.style(Role.LINK);
        Style strongLink = t.style(new Span("x", Role.LINK, Span.STRONG | Span.EMPHASIS, 0));
        assertTrue(strongLink.has(Style.BOLD) && strongLink.has(Style.ITALIC) && strongLink.has(Style.UNDERLINE));
        assertEquals(link.foreground(), strongLink.foreground());
        assertNotEquals(link, strongLink);
    }

    @Test
    void aCodeTokenTheThemeLeavesOutLooksLikeItsCodeBlock() throws ThemeException {
        Theme t = ThemeFile.read(Theme.empty("t"), "t", "CODE_BLOCK = #112233\nCODE_STRING = #445566", "t");

        assertEquals(Color.rgb(0x112233), t.style(Role.CODE_KEYWORD).foreground());
        assertEquals(Color.rgb(0x445566), t.style(Role.CODE_STRING).foreground());
        assertEquals(Style.NONE, t.style(Role.LINK), "other roles do not fall back");
    }

    private static double contrast(int a, int b) {
        double la = luminance(a);
        double lb = luminance(b);
        return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
    }

    private static double luminance(int rgb) {
        return 0.2126 * linear(rgb >> 16 & 0xFF) + 0.7152 * linear(rgb >> 8 & 0xFF) + 0.0722 * linear(rgb & 0xFF);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.03928 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
