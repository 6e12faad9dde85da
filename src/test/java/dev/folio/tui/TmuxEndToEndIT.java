package dev.folio.tui;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The runtime as a user meets it: {@link TuiDemo} started from bash in a real tmux pane, driven
 * with keys, read back with capture-pane, and the terminal checked after it ends.
 */
class TmuxEndToEndIT {
    private static final Duration STARTUP = Duration.ofSeconds(30);

    @TempDir
    Path dir;
    private TmuxPane pane;
    private Path script;

    @BeforeAll
    static void needsTmux() {
        assumeTrue(TmuxPane.available(), "tmux is not installed (.ci/run installs it)");
    }

    @BeforeEach
    void startPane() throws IOException, InterruptedException {
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        script = dir.resolve("run.sh");
        Files.writeString(script, String.join("\n",
                "export XDG_STATE_HOME='" + dir.resolve("state") + "'",
                "'" + java + "' -cp '" + classPath + "' dev.folio.tui.TuiDemo --info '" + dir.resolve("info.txt")
                        + "' \"$@\"",
                "code=$?",
                "stty -a < /dev/tty > '" + dir.resolve("stty.txt") + "'",
                "echo \"DONE $code\"", ""));
        pane = TmuxPane.start(80, 24);
    }

    @AfterEach
    void stopPane() throws IOException, InterruptedException {
        if (pane != null) {
            pane.close();
        }
    }

    private String launch() throws IOException, InterruptedException {
        return launch("", "");
    }

    /** Types {@code <pipe>sh run.sh <arguments>} and waits for the first frame. */
    private String launch(String pipe, String arguments) throws IOException, InterruptedException {
        long started = System.nanoTime();
        pane.type(pipe + "sh '" + script + "' " + arguments);
        String screen = pane.waitFor(s -> s.contains("size 80x24"), STARTUP, "the first frame");
        long wall = (System.nanoTime() - started) / 1_000_000;
        System.out.println("[tmux] first frame: " + wall + " ms after the command was typed; "
                + info("firstFrameMillis") + " ms after main() started");
        return screen;
    }

    private String info(String key) throws IOException {
        for (String line : Files.readAllLines(dir.resolve("info.txt"))) {
            if (line.startsWith(key + " ")) {
                return line.substring(key.length() + 1);
            }
        }
        throw new AssertionError(key + " missing from info.txt");
    }

    /** After the program ended: the shell is back on the main screen with a sane tty. */
    private void assertTerminalRestored(int exitCode) throws IOException, InterruptedException {
        String screen = pane.waitFor("DONE " + exitCode);
        assertFalse(pane.alternateScreen(), "the alternate screen was left");
        assertTrue(screen.contains("sh '" + script + "'"), "the shell's own screen is back:\n" + screen);
        String stty = Files.readString(dir.resolve("stty.txt"), StandardCharsets.UTF_8);
        for (String flag : List.of("icanon", "echo", "isig", "ixon", "iexten")) {
            assertTrue(Pattern.compile("(^|\\s)" + flag + "(\\s|$)").matcher(stty).find(), flag + " in " + stty);
        }
    }

    @Test
    void showsChineseEmojiAndCombiningMarksInTheirColumnsAndQuitRestoresTheTerminal()
            throws IOException, InterruptedException {
        List<String> lines = launch().lines().toList();

        assertEquals("中文标题：阅读器", lines.get(0));
        assertEquals("emoji 😄|✅|🇨🇳|👨‍👩‍👧|end", lines.get(1));
        assertEquals("combining e\u0301|cafe\u0301|end", lines.get(2));
        assertEquals("escape ␛[31mred␇ bell", lines.get(3));
        assertEquals("title ␛]0;pwned␇ clip ␛]52;c;cHduZWQ=␛\\ c1 \uFFFD2J", lines.get(4));
        assertTrue(pane.alternateScreen());
        assertFalse(pane.title().contains("pwned"), "no title change");
        assertEquals("", clipboardOrEmpty(), "no clipboard write");
        assertEquals("true", info("stdinTerminal"));
        assertEquals("true", info("stdoutTerminal"));

        pane.keys("j");
        pane.waitFor("key=j resumed=0 top=1");
        pane.keys("q");
        assertTerminalRestored(0);
    }

    @Test
    void keysArriveTranslatedAndCtrlSAndCtrlBackslashDoNothingHarmful() throws IOException, InterruptedException {
        launch();

        pane.keys("M-Left");
        pane.waitFor("key=M-LEFT");
        pane.keys("BTab");
        pane.waitFor("key=BACK_TAB");
        pane.literal("中");
        pane.waitFor("key=中");
        pane.literal("😄");
        pane.waitFor("key=😄");
        pane.keys("C-s", "j");
        pane.waitFor("key=j resumed=0 top=1"); // output did not freeze
        pane.keys("C-\\");
        String screen = pane.waitFor("key=C-\\");
        assertFalse(screen.contains("thread dump"), screen);
        pane.bytes(0x1b, '[', 'M', 0x61, '!', '!'); // wheel down at 0,0
        pane.waitFor("key=wheel1 resumed=0 top=4"); // one notch from the terminal's bytes scrolls three lines
        pane.bytes(0x1b, '[', 'M', 0x20, 0x25, 0x23); // left click at column 4, row 2
        pane.waitFor("clicked 4,2");

        pane.keys("C-c");
        assertTerminalRestored(0);
    }

    @Test
    void resizeReachesTheProgramAndTheScreenIsRedrawnAtTheNewSize() throws IOException, InterruptedException {
        launch();

        pane.resize(50, 15);
        String screen = pane.waitFor("size 50x15");
        List<String> lines = screen.lines().toList();
        assertEquals("中文标题：阅读器", lines.get(0));
        assertTrue(lines.stream().allMatch(l -> dev.folio.text.Width.of(l) <= 50), screen);

        pane.keys("q");
        pane.waitFor("DONE 0");
    }

    @Test
    void aDocumentPipedOnStdinLeavesKeysToTheTerminal() throws IOException, InterruptedException {
        String screen = launch("printf 'piped line\\n' | ", "--stdin");

        assertTrue(screen.startsWith("stdin: piped line"), screen);
        assertEquals("false", info("stdinTerminal"));
        assertEquals("true", info("stdoutTerminal"));
        pane.keys("j");
        pane.waitFor("key=j resumed=0 top=1");
        pane.keys("q");
        assertTerminalRestored(0);
    }

    @Test
    void ctrlZStopsTheJobWithTheTerminalRestoredAndFgRedraws() throws IOException, InterruptedException {
        launch();
        pane.keys("j");
        pane.waitFor("top=1");

        pane.keys("C-z");
        pane.waitFor("Stopped");
        assertFalse(pane.alternateScreen());
        // The marker is computed by the shell, so the typed command line cannot satisfy the wait.
        pane.type("stty -a > '" + dir.resolve("stty.txt") + "'; echo STTY-$((40+2))");
        pane.waitFor("STTY-42");
        String stty = Files.readString(dir.resolve("stty.txt"));
        assertTrue(Pattern.compile("(^|\\s)icanon(\\s|$)").matcher(stty).find(), stty);

        pane.type("fg");
        String screen = pane.waitFor("resumed=1");
        assertTrue(pane.alternateScreen());
        assertTrue(screen.startsWith("emoji 😄"), "redrawn from the state's top line:\n" + screen);

        pane.keys("q");
        assertTerminalRestored(0);
    }

    @Test
    void anExceptionRestoresTheTerminalFirstThenPrintsOneLine() throws IOException, InterruptedException {
        launch();

        pane.keys("x");
        assertTerminalRestored(TuiLauncher.EXIT_FAILURE);
        String screen = pane.screen();
        assertTrue(screen.contains("folio: internal error: IllegalStateException: boom ␛[2J on"), screen);
        assertTrue(screen.contains("(details in " + dir.resolve("state/folio/folio.log") + ")"), screen);
        assertFalse(screen.contains("\tat "), "no stack trace on screen");
        assertTrue(Files.readString(dir.resolve("state/folio/folio.log")).contains("ProbeCore"));
    }

    @ParameterizedTest
    @CsvSource({"TERM, 143", "INT, 130", "HUP, 129"})
    void aSignalRestoresTheTerminal(String signal, int exitCode) throws IOException, InterruptedException {
        launch();

        Process kill = new ProcessBuilder("kill", "-" + signal, info("pid")).inheritIO().start();
        assertEquals(0, kill.waitFor());
        assertTerminalRestored(exitCode);
    }

    @Test
    void anOpenerThatNeedsTheTerminalGetsItAndTheViewerComesBack() throws IOException, InterruptedException {
        launch();

        pane.keys("o");
        pane.waitFor("EXTERNAL /tmp/folio-target.png");
        assertFalse(pane.alternateScreen());
        pane.type("answer");
        String screen = pane.waitFor("opened /tmp/folio-target.png exit 0");
        assertTrue(screen.contains("key=o resumed=1"), "the opener's keys stayed with it:\n" + screen);
        assertTrue(pane.alternateScreen());

        pane.keys("q");
        assertTerminalRestored(0);
    }

    @Test
    void copyPutsTheTextOnTheClipboardWithOsc52() throws IOException, InterruptedException {
        launch();

        pane.keys("c");
        pane.waitFor("copied");
        pane.waitFor(s -> clipboardOrEmpty().equals("folio 复制 ✅"), Duration.ofSeconds(10), "the clipboard");

        pane.keys("q");
        pane.waitFor("DONE 0");
    }

    private String clipboardOrEmpty() {
        try {
            return pane.clipboard();
        } catch (IOException e) {
            return "";
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "";
        }
    }
}
