package dev.folio.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.folio.layout.Role;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

/** Colours and how they degrade: truecolor → 256 → 16 → none. */
class ColorTest {
    @ParameterizedTest(name = "#{0} -> {1}")
    @CsvSource({
        "000000, 16", "ffffff, 231", "5f87d7, 68", "ff8700, 208", "d7875f, 173",
        "808080, 244", "080808, 232", "eeeeee, 255", "1c1c1c, 234", "ff0000, 196", "0000ff, 21", "ff5f00, 202"})
    void rgbRoundsToTheNearestOfThe256(String rgb, int index) {
        assertEquals(Color.indexed(index), Color.rgb(Integer.parseInt(rgb, 16)).at(ColorDepth.PALETTE_256));
    }

    @Test
    void everyCubeAndGreyEntryRoundsToItself() {
        for (int i = 16; i < 256; i++) {
            assertEquals(Color.indexed(i), Color.rgb(Palette.rgb(i)).at(ColorDepth.PALETTE_256), "entry " + i);
        }
    }

    @ParameterizedTest(name = "#{0} -> {1}")
    @CsvSource({
        "000000, 0", "ffffff, 15", "808080, 8", "c8d0dc, 7", "6c7380, 8",
        "ff0000, 1", "00ff00, 2", "ffff00, 3", "0000ff, 4", "ff00ff, 5", "00ffff, 6",
        "c3e88d, 10", "3f7f1f, 2", "f07178, 9", "c0392b, 1", "82aaff, 12", "2f6fd0, 4", "c792ea, 13", "8e3fbf, 5",
        "ffcb6b, 11", "986801, 3", "89ddff, 14", "0f7f8f, 6", "ff5f00, 1"})
    void rgbRoundsToTheSixteenByHueAndLightness(String rgb, int index) {
        assertEquals(Color.ansi(index), Color.rgb(Integer.parseInt(rgb, 16)).at(ColorDepth.BASIC_16));
    }

    @Test
    void paletteEntriesRoundToTheSixteenBelow256() {
        assertEquals(Color.ansi(3), Color.indexed(3).at(ColorDepth.BASIC_16));
        assertEquals(Color.ansi(1), Color.indexed(196).at(ColorDepth.BASIC_16));
        assertEquals(Color.ansi(8), Color.indexed(244).at(ColorDepth.BASIC_16));
        assertEquals(Color.indexed(196), Color.indexed(196).at(ColorDepth.TRUE_COLOR));
    }

    @ParameterizedTest
    @EnumSource(value = ColorDepth.class, names = {"NONE", "MONOCHROME"}, mode = EnumSource.Mode.EXCLUDE)
    void theSixteenNamedColoursAreTheTerminalsOwnAtEveryDepth(ColorDepth depth) {
        for (int i = 0; i < 16; i++) {
            assertEquals(Color.ansi(i), Color.ansi(i).at(depth));
        }
    }

    @ParameterizedTest
    @CsvSource({"TRUE_COLOR, RGB", "PALETTE_256, INDEXED", "BASIC_16, ANSI", "MONOCHROME, DEFAULT", "NONE, DEFAULT"})
    void aThemeAtEachDepthUsesOnlyColoursOfThatDepth(ColorDepth depth, Color.Kind widest) {
        Set<Color.Kind> allowed = switch (widest) {
            case RGB -> EnumSet.allOf(Color.Kind.class);
            case INDEXED -> EnumSet.of(Color.Kind.INDEXED, Color.Kind.ANSI, Color.Kind.DEFAULT);
            case ANSI -> EnumSet.of(Color.Kind.ANSI, Color.Kind.DEFAULT);
            case DEFAULT -> EnumSet.of(Color.Kind.DEFAULT);
        };
        for (String name : new String[] {"dark", "light"}) {
            Theme theme = Themes.builtIn(name);
            for (Role role : Role.values()) {
                Style s = theme.style(role).at(depth);
                assertEquals(true, allowed.contains(s.foreground().kind()) && allowed.contains(s.background().kind()),
                        name + " " + role + " at " + depth + ": " + s);
            }
            for (Highlight h : Highlight.values()) {
                Style s = theme.highlight(h).at(depth);
                assertEquals(true, allowed.contains(s.foreground().kind()) && allowed.contains(s.background().kind()),
                        name + " " + h + " at " + depth + ": " + s);
            }
        }
        assertEquals(widest, Themes.builtIn("dark").style(Role.HEADING_1).at(depth).foreground().kind());
    }

    @ParameterizedTest
    @CsvSource({"#5F87D7, RGB, 6260695", "red, ANSI, 1", "bright-blue, ANSI, 12", "Bright_White, ANSI, 15",
        "grey, ANSI, 8", "gray, ANSI, 8", "208, INDEXED, 208", "0, INDEXED, 0", "default, DEFAULT, 0"})
    void colourWordsParse(String word, Color.Kind kind, int value) {
        assertEquals(new Color(kind, value), Color.parse(word));
    }

    @Test
    void badColourWordsAreRefused() {
        for (String word : new String[] {"#12345", "#1234567", "256", "-1", "purple", "bright-", "rgb(1,2,3)"}) {
            assertThrows(IllegalArgumentException.class, () -> Color.parse(word), word);
        }
    }

    @Test
    void styleWordsParse() {
        assertEquals(new Style(Style.BOLD | Style.UNDERLINE, Color.rgb(0x5f87d7), Color.rgb(0x101010)),
                Style.parse(" bold  underline #5F87D7 on #101010 "));
        assertEquals(new Style(Style.INVERSE | Style.FAINT, Color.ansi(0), Color.ansi(3)), Style.parse("reverse dim black on yellow"));
        assertEquals(Style.NONE, Style.parse(""));
        assertEquals(Style.NONE, Style.parse("none"));
        assertThrows(IllegalArgumentException.class, () -> Style.parse("blink"));
        assertThrows(IllegalArgumentException.class, () -> Style.parse("#12345"));
        assertThrows(IllegalArgumentException.class, () -> Style.parse("bold on"));
    }
}
