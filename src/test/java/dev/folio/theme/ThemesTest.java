package dev.folio.theme;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.layout.Role;
import dev.folio.layout.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/** Choosing a theme, and a user's theme file on top of it. */
class ThemesTest {
    private static final Supplier<Background> NOT_ASKED = () -> {
        throw new AssertionError("the background was asked for");
    };

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"auto, DARK, dark", "auto, LIGHT, light", "default, LIGHT, light", "default, DARK, dark"})
    void autoFollowsTheBackground(String name, Background background, String expected) throws ThemeException {
        assertEquals(expected, Themes.load(name, Optional.empty(), ColorDepth.TRUE_COLOR, () -> background).name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"dark", "light", "plain"})
    void aNamedThemeIsUsedWithoutAskingTheBackground(String name) throws ThemeException {
        assertEquals(name, Themes.load(name, Optional.empty(), ColorDepth.PALETTE_256, NOT_ASKED).name());
    }

    @ParameterizedTest
    @ValueSource(strings = {"auto", "dark", "light", "plain"})
    void withoutColourEveryThemeIsPlain(String name) throws ThemeException {
        assertEquals("plain", Themes.load(name, Optional.empty(), ColorDepth.NONE, NOT_ASKED).name());
    }

    @Test
    void unknownNamesAreRefused() {
        ThemeException e = assertThrows(ThemeException.class,
                () -> Themes.load("neon", Optional.empty(), ColorDepth.TRUE_COLOR, NOT_ASKED));
        assertTrue(e.getMessage().contains("neon") && e.getMessage().contains("auto, dark, light, plain"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Themes.builtIn("auto"));
    }

    @Test
    void aUserFileOverridesAnyRoleMarkAndHighlightAndKeepsTheRest() throws Exception {
        Path file = write("""
                # my colours
                heading-1 = bold #ff0000   # red headings
                Code_Keyword = bright-magenta
                mark.strong = underline
                highlight.match = red on white

                """);
        Theme dark = Themes.builtIn("dark");
        Theme mine = Themes.load("dark", Optional.of(file), ColorDepth.TRUE_COLOR, NOT_ASKED);

        assertEquals(new Style(Style.BOLD, Color.rgb(0xff0000), Color.DEFAULT), mine.style(Role.HEADING_1));
        assertEquals(Color.ansi(13), mine.style(Role.CODE_KEYWORD).foreground());
        assertEquals(Style.of(Style.UNDERLINE), mine.mark(Span.STRONG));
        assertEquals(new Style(0, Color.ansi(1), Color.ansi(7)), mine.highlight(Highlight.MATCH));
        assertEquals("dark", mine.name());
        for (Role role : Role.values()) {
            if (role != Role.HEADING_1 && role != Role.CODE_KEYWORD) {
                assertEquals(dark.style(role), mine.style(role), role.name());
            }
        }
        assertEquals(dark.highlight(Highlight.CURRENT_MATCH), mine.highlight(Highlight.CURRENT_MATCH));
    }

    @Test
    void theUserFileAppliesOnTopOfWhatAutoChose() throws Exception {
        Path file = write("LINK = #00ff00\n");
        Theme light = Themes.load("auto", Optional.of(file), ColorDepth.TRUE_COLOR, () -> Background.LIGHT);

        assertEquals("light", light.name());
        assertEquals(Color.rgb(0x00ff00), light.style(Role.LINK).foreground());
        assertEquals(Themes.builtIn("light").style(Role.HEADING_1), light.style(Role.HEADING_1));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "LINK = #00ff00\\nHEADNG_1 = bold            | :2: | HEADNG_1",
        "\\n\\nLINK = bold blink                      | :3: | blink",
        "LINK = #00ff0                               | :1: | #00ff0",
        "LINK bold                                   | :1: | NAME = STYLE",
        "mark.SHOUT = bold                           | :1: | SHOUT",
        "highlight.GLOW = bold                       | :1: | GLOW",
        "LINK = on                                   | :1: | on"})
    void mistakesNameTheFileAndLine(String text, String line, String named) throws IOException {
        Path file = write(text.replace("\\n", "\n"));
        ThemeException e = assertThrows(ThemeException.class,
                () -> Themes.load("dark", Optional.of(file), ColorDepth.TRUE_COLOR, NOT_ASKED));

        assertTrue(e.getMessage().startsWith(file + line), e.getMessage());
        assertTrue(e.getMessage().contains(named), e.getMessage());
    }

    @Test
    void anUnreadableOrHugeFileIsReported() throws IOException {
        Path missing = dir.resolve("missing");
        assertThrows(ThemeException.class, () -> Themes.load("dark", Optional.of(missing), ColorDepth.TRUE_COLOR, NOT_ASKED));
        Path huge = write("# " + "x".repeat(2 << 20));
        assertThrows(ThemeException.class, () -> Themes.load("dark", Optional.of(huge), ColorDepth.TRUE_COLOR, NOT_ASKED));
        Path binary = dir.resolve("binary");
        Files.write(binary, new byte[] {'L', 'I', 'N', 'K', '=', (byte) 0xff, (byte) 0xfe});
        assertThrows(ThemeException.class, () -> Themes.load("dark", Optional.of(binary), ColorDepth.TRUE_COLOR, NOT_ASKED));
    }

    @Test
    void theUserFileLivesInTheConfigDirectory() throws IOException {
        Path home = dir.resolve("home");
        Path xdg = dir.resolve("xdg");
        Files.createDirectories(xdg.resolve("folio"));
        Files.createDirectories(home.resolve(".config/folio"));
        Path inXdg = Files.writeString(xdg.resolve("folio/theme"), "");
        Path inHome = Files.writeString(home.resolve(".config/folio/theme"), "");

        assertEquals(Optional.of(inXdg), Themes.userThemeFile(Map.of("XDG_CONFIG_HOME", xdg.toString())::get, home));
        assertEquals(Optional.of(inHome), Themes.userThemeFile(Map.<String, String>of()::get, home));
        assertEquals(Optional.of(inHome), Themes.userThemeFile(Map.of("XDG_CONFIG_HOME", "relative")::get, home),
                "a relative XDG_CONFIG_HOME is ignored, as the spec says");
        Files.delete(inHome);
        assertEquals(Optional.empty(), Themes.userThemeFile(Map.<String, String>of()::get, home));
    }

    private Path write(String text) throws IOException {
        return Files.writeString(dir.resolve("theme"), text, StandardCharsets.UTF_8);
    }
}
