package dev.folio.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.open.OpenerKind;
import dev.folio.viewer.Action;
import dev.folio.viewer.Key;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigReaderTest {
    @TempDir
    Path dir;

    private Path file() {
        return dir.resolve("folio").resolve("folio.toml");
    }

    private Config read(String toml) throws ConfigException {
        return ConfigReader.parse(toml, file(), dir.resolve("home"));
    }

    /** The error for a file: its message must name the file and this line. */
    private ConfigException error(String toml, int line) {
        ConfigException e = assertThrows(ConfigException.class, () -> read(toml));
        assertEquals(line, e.line(), e.getMessage());
        assertTrue(e.getMessage().startsWith(file() + ":" + line + ": "), e.getMessage());
        return e;
    }

    @Test
    void aCompleteFileSetsEverything() throws ConfigException {
        Config c = read("""
                # folio's settings
                theme = "plain"
                width = 72
                align = "centre"
                ambiguous-wide = true
                hyperlinks = "never"
                color = "Always"
                watch = false

                [opener]
                browser = "w3m"
                image = "feh --scale-down"

                [keys]
                line-down = ["j", "Ctrl-N", "Down"]
                quit = "Q"
                """);
        assertEquals("plain", c.theme().orElseThrow().value());
        assertEquals(2, c.theme().orElseThrow().line());
        assertEquals(72, c.width().orElseThrow().value());
        assertEquals(Config.Align.CENTRE, c.align().orElseThrow().value());
        assertTrue(c.ambiguousWide().orElseThrow().value());
        assertEquals("never", c.hyperlinks().orElseThrow().value());
        assertEquals("always", c.color().orElseThrow().value(), "choices ignore case");
        assertEquals(false, c.watch().orElseThrow().value());
        assertEquals(Map.of(OpenerKind.BROWSER, "w3m", OpenerKind.IMAGE, "feh --scale-down"), c.openers());
        assertEquals(List.of(Key.ch('j'), Key.ctrl('n'), Key.of(Key.Kind.DOWN)), c.keys().keys(Action.LINE_DOWN));
        assertEquals(Action.QUIT, c.keys().action(Key.ch('Q')).orElseThrow());
        assertTrue(c.keys().action(Key.ch('q')).isEmpty(), "q is no longer bound: quit has only the keys given");
        assertEquals(Action.HELP, c.keys().action(Key.ch('?')).orElseThrow(), "other actions keep their keys");
    }

    @Test
    void anEmptyFileOrNoFileChangesNothing() throws ConfigException {
        Config empty = read("");
        assertTrue(empty.width().isEmpty() && empty.theme().isEmpty() && empty.openers().isEmpty());
        assertEquals(dev.folio.viewer.KeyMap.defaults(), empty.keys());
        Config none = ConfigReader.read(file(), dir);
        assertEquals(Config.none(file()), none);
    }

    @Test
    void anUnknownKeyIsNamedWithItsLine() {
        ConfigException e = error("width = 80\n\nmargin = 2\n", 3);
        assertTrue(e.problem().startsWith("unknown key 'margin'"), e.problem());
        assertTrue(e.problem().contains("color"), "lists the keys there are: " + e.problem());
    }

    @Test
    void colourIsSpeltEitherWay() throws ConfigException {
        assertEquals("never", read("colour = \"never\"\n").color().orElseThrow().value());
        assertEquals("always", read("color = \"always\"\n").color().orElseThrow().value());
        assertTrue(error("colour = \"often\"\n", 1).problem().contains("colour must be auto, always, never"));
        assertTrue(error("color = \"never\"\ncolour = \"always\"\n", 2).problem().contains("give it once"));
    }

    @Test
    void theFirstMistakeInTheFileIsTheOneReported() {
        error("zeta = 1\nalpha = 2\n", 1);
    }

    @Test
    void valuesOfTheWrongTypeAreNamed() {
        assertTrue(error("width = \"wide\"\n", 1).problem().contains("whole number from 1 to 10000, not \"wide\""));
        assertTrue(error("\nwidth = 0\n", 2).problem().contains("not 0"));
        assertTrue(error("width = 80.5\n", 1).problem().contains("not 80.5"));
        assertTrue(error("watch = \"yes\"\n", 1).problem().contains("true or false"));
        assertTrue(error("color = \"sometimes\"\n", 1).problem().contains("auto, always, never"));
        assertTrue(error("align = \"right\"\n", 1).problem().contains("left, centre, center"));
        assertTrue(error("theme = 3\n", 1).problem().contains("a text in quotes"));
        assertTrue(error("theme = \"\"\n", 1).problem().contains("empty"));
        assertTrue(error("opener = \"feh\"\n", 1).problem().contains("[opener]"));
        assertTrue(error("[opener]\nimage = [\"feh\"]\n", 2).problem().contains("opener.image"));
    }

    @Test
    void invalidTomlIsReportedAtItsLine() {
        ConfigException e = error("width = 80\ntheme = \n", 2);
        assertTrue(e.problem().startsWith("not valid TOML"), e.problem());
    }

    @Test
    void anUnknownActionIsNamedAndTheActionsListed() {
        ConfigException e = error("[keys]\nquit = \"Q\"\njump = \"J\"\n", 3);
        assertTrue(e.problem().contains("unknown action 'jump'"), e.problem());
        assertTrue(e.problem().contains("line-down") && e.problem().contains("copy-section"), e.problem());
    }

    @Test
    void aKeyTakenFromADefaultActionIsAConflict() {
        ConfigException e = error("[keys]\n\nquit = [\"q\", \"d\"]\n", 3);
        assertTrue(e.problem().contains("d is bound to quit here and to half-page-down by default"), e.problem());
    }

    @Test
    void aKeyGivenToTwoActionsIsAConflictNamingBothLines() {
        ConfigException e = error("[keys]\nhalf-page-down = \"z\"\nquit = \"z\"\n", 3);
        assertTrue(e.problem().contains("z is bound to quit here and to half-page-down (line 2)"), e.problem());
    }

    @Test
    void movingAKeyIsFineWhenItsOldActionGetsAnother() throws ConfigException {
        Config c = read("[keys]\nhalf-page-down = \"Ctrl-D\"\nquit = [\"q\", \"d\"]\n");
        assertEquals(Action.QUIT, c.keys().action(Key.ch('d')).orElseThrow());
        assertEquals(Action.HALF_PAGE_DOWN, c.keys().action(Key.ctrl('d')).orElseThrow());
        assertEquals(Action.HALF_PAGE_DOWN, c.keys().action(Key.ch(4)).orElseThrow(), "a raw Ctrl-D byte too");
    }

    @Test
    void badKeyNamesAndCtrlCAreRefused() {
        assertTrue(error("[keys]\nquit = \"Ctrl-1\"\n", 2).problem().contains("\"Ctrl-1\" is not a key"));
        assertTrue(error("[keys]\nquit = \"Hyper-x\"\n", 2).problem().contains("not a key"));
        assertTrue(error("[keys]\nquit = \"\"\n", 2).problem().contains("not a key"));
        assertTrue(error("[keys]\nsearch = 5\n", 2).problem().contains("a key or a list of keys"));
        assertTrue(error("[keys]\nhelp = \"Ctrl-C\"\n", 2).problem().contains("Ctrl-C always quits"));
        assertTrue(error("[keys]\nquit = \"Q\"\nQUIT = \"X\"\n", 3).problem().contains("set twice"));
    }

    @Test
    void anUnknownOpenerKindIsNamed() {
        ConfigException e = error("[opener]\nbrowser = \"w3m\"\npdf = \"zathura\"\n", 3);
        assertTrue(e.problem().contains("unknown kind 'pdf'") && e.problem().contains("browser, image, audio, video, other"),
                e.problem());
    }

    @Test
    void themeFilesAreFoundBesideTheConfigFileOrInHome() throws ConfigException {
        assertEquals(dir.resolve("folio/themes/mine.toml").toString(), read("theme = \"themes/mine.toml\"").theme().orElseThrow().value());
        assertEquals(dir.resolve("home/t.toml").toString(), read("theme = \"~/t.toml\"").theme().orElseThrow().value());
        assertEquals("/etc/t.toml", read("theme = \"/etc/t.toml\"").theme().orElseThrow().value());
        assertEquals("dark", read("theme = \"dark\"").theme().orElseThrow().value(), "a name stays a name");
    }

    @Test
    void aFileThatIsNotUtf8OrNotAFileIsRefused() throws Exception {
        Files.createDirectories(file().getParent());
        Files.write(file(), "theme = \"caf\u00e9\"".getBytes(StandardCharsets.ISO_8859_1));
        assertTrue(assertThrows(ConfigException.class, () -> ConfigReader.read(file(), dir)).getMessage().endsWith("not UTF-8 text"));
        Files.delete(file());
        Files.createDirectory(file());
        assertTrue(assertThrows(ConfigException.class, () -> ConfigReader.read(file(), dir)).getMessage().endsWith("not a file"));
    }

    @Test
    void readingInTheBackgroundGivesTheSameConfigAndTheSameErrors() throws Exception {
        assertEquals(Config.none(file()), ConfigReader.readInBackground(file(), dir).get());
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "width = 70\n");
        assertEquals(70, ConfigReader.readInBackground(file(), dir).get().width().orElseThrow().value());
        Files.writeString(file(), "width = 70\nwide = 1\n");
        ConfigReader.Pending pending = ConfigReader.readInBackground(file(), dir);
        assertEquals(2, assertThrows(ConfigException.class, pending::get).line());
    }

    @Test
    void aFileOnDiskIsReadWithItsByteOrderMark() throws Exception {
        Files.createDirectories(file().getParent());
        Files.writeString(file(), "\uFEFFwidth = 60\n");
        assertEquals(60, ConfigReader.read(file(), dir).width().orElseThrow().value());
    }
}
