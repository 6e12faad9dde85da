package dev.folio.tui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TextColor;
import dev.folio.layout.Role;
import dev.folio.layout.Span;
import dev.folio.theme.Color;
import dev.folio.theme.ColorDepth;
import dev.folio.theme.Theme;
import dev.folio.theme.Themes;
import dev.folio.viewer.Segment;
import dev.folio.theme.Highlight;
import org.junit.jupiter.api.Test;

/** The viewer reads the same theme as print, at the terminal's colour depth. */
class ScreenThemeTest {
    private static final Segment KEYWORD = new Segment("class", Role.CODE_KEYWORD, 0, Highlight.NONE);

    @Test
    void colourDepthDecidesTheKindOfColour() {
        Theme dark = Themes.builtIn("dark");
        assertInstanceOf(TextColor.RGB.class, ScreenTheme.of(dark, ColorDepth.TRUE_COLOR).styleOf(KEYWORD).foreground());
        assertInstanceOf(TextColor.Indexed.class, ScreenTheme.of(dark, ColorDepth.PALETTE_256).styleOf(KEYWORD).foreground());
        assertInstanceOf(TextColor.ANSI.class, ScreenTheme.of(dark, ColorDepth.BASIC_16).styleOf(KEYWORD).foreground());
        assertEquals(TextColor.ANSI.DEFAULT, ScreenTheme.of(dark, ColorDepth.NONE).styleOf(KEYWORD).foreground());
    }

    @Test
    void rgbComesThroughExactlyAtTrueColour() {
        Theme dark = Themes.builtIn("dark");
        int rgb = dark.style(Role.CODE_KEYWORD).foreground().value();
        TextColor c = ScreenTheme.of(dark, ColorDepth.TRUE_COLOR).styleOf(KEYWORD).foreground();
        assertEquals(rgb, c.getRed() << 16 | c.getGreen() << 8 | c.getBlue());
    }

    @Test
    void theSixteenNamesMapToLanternasAnsiColours() {
        for (int i = 0; i < 16; i++) {
            TextColor.ANSI ansi = (TextColor.ANSI) ScreenTheme.color(Color.ansi(i));
            assertEquals(i >= 8, ansi.isBright(), ansi.name());
            assertTrue(ansi != TextColor.ANSI.DEFAULT);
        }
        assertEquals(TextColor.ANSI.YELLOW, ScreenTheme.color(Color.ansi(3)));
        assertEquals(TextColor.ANSI.BLUE_BRIGHT, ScreenTheme.color(Color.ansi(12)));
    }

    @Test
    void marksAndHighlightsComeFromTheTheme() {
        ScreenTheme plain = ScreenTheme.of(Themes.builtIn("plain"), ColorDepth.TRUE_COLOR);
        Segment emphasis = new Segment("x", Role.TEXT, Span.EMPHASIS, Highlight.NONE);
        Segment match = new Segment("x", Role.TEXT, 0, Highlight.CURRENT_MATCH);

        assertEquals(java.util.Set.of(SGR.ITALIC), plain.styleOf(emphasis).attributes(), "plain: emphasis italic, unlike links");
        assertEquals(java.util.Set.of(SGR.BOLD, SGR.REVERSE), plain.styleOf(match).attributes());
    }

    @Test
    void faintWithoutAColourIsDrawnGrey() throws Exception {
        Theme faint = Themes.load("dark", java.util.Optional.of(write("RULE = faint\n")), ColorDepth.BASIC_16, () -> null);
        Segment rule = new Segment("──", Role.RULE, 0, Highlight.NONE);

        assertEquals(TextColor.ANSI.BLACK_BRIGHT, ScreenTheme.of(faint, ColorDepth.BASIC_16).styleOf(rule).foreground());
    }

    private static java.nio.file.Path write(String text) throws java.io.IOException {
        java.nio.file.Path file = java.nio.file.Files.createTempFile("theme", "");
        file.toFile().deleteOnExit();
        return java.nio.file.Files.writeString(file, text);
    }
}
