package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.layout.LayoutOptions;
import dev.folio.open.OpenerKind;
import dev.folio.text.AmbiguousWidth;
import dev.folio.viewer.Action;
import dev.folio.viewer.Key;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The config file as the command sees it: found, applied, overridden by options, refused when wrong. */
class ConfigFileTest {
    @TempDir
    Path dir;
    FakeEnvironment env;
    Path config;
    final List<LayoutOptions> layouts = new ArrayList<>();
    final List<ViewRequest> requests = new ArrayList<>();

    @BeforeEach
    void setUp() throws Exception {
        env = new FakeEnvironment(dir).set("XDG_CONFIG_HOME", dir.resolve("cfg").toString());
        config = dir.resolve("cfg/folio/folio.toml");
        Files.createDirectories(config.getParent());
        Files.writeString(dir.resolve("doc.md"), "# Title\ntext\n<https://example.com/>\n");
    }

    private Run folio(String... args) {
        return Run.folio(env, (text, options) -> {
            layouts.add(options);
            return Run.lines(text, options);
        }, Optional.empty(), args);
    }

    private Run view(String... args) {
        env.terminal(120);
        return Run.folio(env, Run.LINES, Optional.of(request -> {
            requests.add(request);
            return 0;
        }), args);
    }

    private void config(String toml) throws Exception {
        Files.writeString(config, toml);
    }

    @Test
    void wrapCodeAndLineNumbersReachTheViewerAndTheCommandLineWins() throws Exception {
        view("doc.md");
        assertEquals(false, requests.get(0).wrapCode(), "wide code scrolls sideways by default");
        assertEquals(true, requests.get(0).lineNumbers());
        view("--wrap-code", "doc.md");
        assertEquals(true, requests.get(1).wrapCode());
        config("wrap-code = true\nline-numbers = false\n");
        view("doc.md");
        assertEquals(true, requests.get(2).wrapCode());
        assertEquals(false, requests.get(2).lineNumbers());
        view("--no-wrap-code", "doc.md");
        assertEquals(false, requests.get(3).wrapCode());
        config("wrap-code = \"yes\"\n");
        Run bad = view("doc.md");
        assertEquals(FolioCommand.EXIT_USAGE, bad.exit());
        assertTrue(bad.err().contains("wrap-code must be true or false"), bad.err());
    }

    @Test
    void configPathPrintsWhereTheFileIsLookedFor() {
        Run run = folio("--config-path");
        assertEquals(0, run.exit());
        assertEquals(config + "\n", run.out());

        env.variables.remove("XDG_CONFIG_HOME");
        assertEquals(env.home.resolve(".config/folio/folio.toml") + "\n", folio("--config-path").out());
    }

    @Test
    void configPathWorksEvenWhenTheFileIsBroken() throws Exception {
        config("this is not toml");
        Run run = folio("--config-path");
        assertEquals(0, run.exit(), run.err());
        assertEquals(config + "\n", run.out());
    }

    @Test
    void theFilesSettingsApplyWhenNoOptionIsGiven() throws Exception {
        config("width = 60\ncolor = \"always\"\nhyperlinks = \"never\"\nambiguous-wide = true\n");
        Run run = folio("doc.md");
        assertEquals(0, run.exit(), run.err());
        assertEquals(60, layouts.get(0).width());
        assertTrue(run.out().contains("\u001b["), "colour although stdout is not a terminal");
        assertFalse(run.out().contains("\u001b]8;"), "no hyperlinks");
        assertEquals(AmbiguousWidth.WIDE, layouts.get(0).ambiguous());
    }

    @Test
    void optionsOverrideTheFile() throws Exception {
        config("width = 60\ncolor = \"always\"\nambiguous-wide = true\n");
        Run run = folio("-w", "50", "--color=never", "--no-ambiguous-wide", "doc.md");
        assertEquals(0, run.exit(), run.err());
        assertEquals(50, layouts.get(0).width());
        assertFalse(run.out().contains("\u001b"), run.out());
        assertEquals(AmbiguousWidth.NARROW, layouts.get(0).ambiguous());
    }

    @Test
    void aMistakeInTheFileIsAUsageErrorNamingFileAndLine() throws Exception {
        config("width = 60\n\nmargin = 2\n");
        Run run = folio("doc.md");
        assertEquals(2, run.exit());
        assertEquals("", run.out());
        assertTrue(run.err().startsWith("folio: " + config + ":3: unknown key 'margin'"), run.err());
        assertEquals(1, run.errLines().size(), "one line, no stack trace");
    }

    @Test
    void anUnknownThemeIsReportedAtItsLineWithTheOptionsOwnCheck() throws Exception {
        config("# theme\ntheme = \"neon\"\n");
        Run run = folio("doc.md");
        assertEquals(2, run.exit());
        assertTrue(run.err().startsWith("folio: " + config + ":2: theme: unknown theme 'neon'"), run.err());
    }

    @Test
    void aThemePathInTheFileIsReadOverTheAutoTheme() throws Exception {
        // docs/config.md documents it; it was refused as "unknown theme".
        Path themeFile = dir.resolve("my.theme");
        Files.writeString(themeFile, "HEADING_1 = italic\n");
        config("theme = \"" + themeFile + "\"\n");
        assertEquals(0, view("--color=always", "doc.md").exit());
        assertEquals(dev.folio.theme.Style.ITALIC,
                requests.get(0).theme().style(dev.folio.layout.Role.HEADING_1).attributes());

        config("theme = \"my.theme\"\n"); // relative: beside the config file, where there is none
        Run missing = folio("--color=always", "doc.md");
        assertTrue(missing.exit() != 0 && missing.err().contains("my.theme"), missing.err());
    }

    @Test
    void aDeeplyNestedFileIsAConfigErrorNotACrash() throws Exception {
        config("a = " + "[".repeat(100_000) + "]".repeat(100_000) + "\n");
        Run run = folio("doc.md");
        assertEquals(2, run.exit(), run.err());
        assertEquals(1, run.errLines().size(), run.err());
        assertTrue(run.err().startsWith("folio: " + config + ":"), run.err());
    }

    @Test
    void anUnknownThemeInTheFileDoesNotMatterWhenTheOptionGivesOne() throws Exception {
        config("theme = \"neon\"\n");
        assertEquals(0, folio("--theme=plain", "doc.md").exit());
    }

    @Test
    void theViewerGetsKeysOpenersWatchingAndPlacement() throws Exception {
        config("""
                align = "center"
                watch = false
                [opener]
                image = "feh"
                [keys]
                quit = ["Q", "Ctrl-C"]
                """);
        Run run = view("doc.md");
        assertEquals(0, run.exit(), run.err());
        ViewRequest request = requests.get(0);
        assertTrue(request.centred());
        assertFalse(request.watch());
        assertEquals(Map.of(OpenerKind.IMAGE, "feh"), request.openers());
        assertEquals(Action.QUIT, request.keys().action(Key.ch('Q')).orElseThrow());
        assertTrue(request.keys().action(Key.ch('q')).isEmpty());
    }

    @Test
    void noCentreOverridesTheFilesAlignment() throws Exception {
        config("align = \"centre\"\n");
        view("--no-centre", "doc.md");
        assertFalse(requests.get(0).centred());
    }

    @Test
    void withoutAFileTheViewerWatchesAndUsesTheDefaultKeys() {
        view("doc.md");
        assertTrue(requests.get(0).watch());
        assertEquals(dev.folio.viewer.KeyMap.defaults(), requests.get(0).keys());
    }
}
