package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.theme.Background;
import dev.folio.theme.ColorDepth;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** --theme, the terminal's background, the user's theme file, and highlighted code, through the real pipeline. */
class ThemeOptionTest {
    private static final String DOC = "# Title\n\nSome *text*.\n\n```java\npublic class A { int x = 42; } // note\n```\n";
    private static final Pattern SGR = Pattern.compile("\u001b\\[[0-9;]*m");

    @TempDir
    Path dir;
    FakeEnvironment env;

    @BeforeEach
    void setUp() throws Exception {
        env = new FakeEnvironment(dir);
        Files.writeString(dir.resolve("doc.md"), DOC);
    }

    private Run folio(String... args) {
        return Run.folio(env, Pipeline.markdown(), Optional.empty(), args);
    }

    @Test
    void darkAndLightDiffer() {
        env.terminal(80);
        String dark = folio("-p", "--theme=dark", "doc.md").out();
        String light = folio("-p", "--theme=light", "doc.md").out();

        assertNotEquals(dark, light);
        assertEquals(strip(dark), strip(light));
        assertEquals(0, env.backgroundQuestions, "a named theme needs no question");
    }

    @Test
    void autoAsksTheTerminalAndFollowsItsAnswer() {
        env.terminal(80);
        String light = folio("-p", "--theme=light", "doc.md").out();
        env.background = Optional.of(Background.LIGHT);

        assertEquals(light, folio("-p", "doc.md").out());
        assertEquals(light, folio("-p", "--theme=default", "doc.md").out());
        assertEquals(2, env.backgroundQuestions);
    }

    @Test
    void withoutAnAnswerColorFgBgThenDark() {
        env.terminal(80);
        String dark = folio("-p", "--theme=dark", "doc.md").out();
        String light = folio("-p", "--theme=light", "doc.md").out();

        assertEquals(dark, folio("-p", "doc.md").out());
        env.set("COLORFGBG", "0;15");
        assertEquals(light, folio("-p", "doc.md").out());
    }

    @Test
    void outputThatIsNotATerminalIsNeverAsked() {
        env.background = Optional.of(Background.LIGHT);
        Run run = folio("--color=always", "doc.md");

        assertEquals(0, run.exit());
        assertTrue(run.out().contains("\u001b["));
        assertEquals(0, env.backgroundQuestions);
    }

    @Test
    void withoutColourNobodyIsAskedAndOnlyAttributesAreWritten() {
        env.terminal(80).set("NO_COLOR", "1");
        env.background = Optional.of(Background.LIGHT);

        String out = folio("-p", "doc.md").out();
        assertTrue(out.contains("\u001b[1"), "bold headings: " + out);
        assertFalse(out.contains("38;") || out.contains("48;"), out.replace('\u001b', '^'));
        assertEquals(0, env.backgroundQuestions);
    }

    @Test
    void plainUsesNoColour() {
        env.terminal(80);
        String out = folio("-p", "--theme=plain", "doc.md").out();

        assertTrue(out.contains("\u001b[1"), out);
        assertFalse(out.matches("(?s).*\u001b\\[([0-9;]*;)?(3[0-9]|4[0-9]|9[0-7]|10[0-7])(;[0-9;]*)?m.*"), out.replace('\u001b', '^'));
    }

    @Test
    void codeIsHighlightedInColourAndTheTextStaysTheSame() {
        env.terminal(80);
        String plain = folio("-p", "--color=never", "doc.md").out();
        String coloured = folio("-p", "--theme=dark", "doc.md").out();
        String codeLine = coloured.lines().filter(l -> strip(l).contains("public class")).findFirst().orElseThrow();

        assertEquals(plain, strip(coloured));
        assertTrue(SGR.matcher(codeLine).results().map(m -> m.group()).distinct().count() >= 4,
                "keyword, number, comment and plain code look different: " + codeLine.replace('\u001b', '^'));
    }

    @Test
    void theUserThemeFileOverridesAStyle() throws Exception {
        env.terminal(80).set("COLORTERM", "truecolor").set("XDG_CONFIG_HOME", dir.resolve("config").toString());
        Files.createDirectories(dir.resolve("config/folio"));
        Files.writeString(dir.resolve("config/folio/theme"), "HEADING_1 = #ff0000\n");

        String out = folio("-p", "--theme=light", "doc.md").out();
        String title = out.lines().filter(l -> strip(l).equals("Title")).findFirst().orElseThrow();
        assertTrue(title.contains("38;2;255;0;0"), title.replace('\u001b', '^'));
    }

    @Test
    void aBrokenUserThemeFileIsAUsageErrorNamingTheLine() throws Exception {
        env.terminal(80).set("XDG_CONFIG_HOME", dir.resolve("config").toString());
        Files.createDirectories(dir.resolve("config/folio"));
        Path file = Files.writeString(dir.resolve("config/folio/theme"), "# mine\nHEADING_1 = sparkly\n");

        Run run = folio("-p", "doc.md");
        assertEquals(FolioCommand.EXIT_USAGE, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("folio: " + file + ":2: "), run.err());
        assertTrue(run.err().contains("sparkly"), run.err());
    }

    @ParameterizedTest
    @ValueSource(strings = {"--theme=neon", "--theme=Dark", "--theme="})
    void unknownThemesAreRefused(String option) {
        Run run = folio(option, "doc.md");
        assertEquals(FolioCommand.EXIT_USAGE, run.exit());
        assertTrue(run.err().contains("auto, dark, light, plain"), run.err());
    }

    @Test
    void theViewerGetsTheThemeAndTheColourDepth() {
        env.terminal(80);
        env.background = Optional.of(Background.LIGHT);
        List<ViewRequest> requests = new ArrayList<>();
        Run run = Run.folio(env, Pipeline.markdown(), Optional.of(request -> {
            requests.add(request);
            return 0;
        }), "doc.md");

        assertEquals(0, run.exit(), run.err());
        assertEquals("light", requests.get(0).theme().name());
        assertEquals(ColorDepth.PALETTE_256, requests.get(0).color());
    }

    @Test
    void theViewerWithoutColourGetsThePlainTheme() {
        env.terminal(80).set("NO_COLOR", "1");
        List<ViewRequest> requests = new ArrayList<>();
        Run.folio(env, Pipeline.markdown(), Optional.of(request -> {
            requests.add(request);
            return 0;
        }), "--theme=dark", "doc.md");

        assertEquals("plain", requests.get(0).theme().name());
        assertEquals(ColorDepth.MONOCHROME, requests.get(0).color());
    }

    private static String strip(String s) {
        return SGR.matcher(s).replaceAll("").replaceAll("\u001b]8;[^\u001b]*\u001b\\\\", "");
    }
}
