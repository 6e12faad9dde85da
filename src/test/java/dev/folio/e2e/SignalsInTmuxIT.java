package dev.folio.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.folio.testing.Tmux;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Signals from outside while the viewer holds the terminal (issue 11, item 9): every signal that
 * ends folio gives the shell its terminal back (cooked mode with echo, the main screen, the cursor
 * shown, no mouse reporting), and {@code kill -TSTP} then {@code fg} behaves like Ctrl-Z and
 * {@code fg}; {@code kill -QUIT} prints no thread dump over the screen when folio runs as its
 * launcher starts it. Checked in an interactive bash in tmux, with {@code stty -a} run in that shell.
 */
@Timeout(180)
class SignalsInTmuxIT {
    private static final Pattern COOKED = Pattern.compile("(?<!-)icanon\\b[\\s\\S]*(?<!-)\\becho\\b");

    @TempDir
    Path dir;
    private Tmux tmux;
    private Path pidFile;

    @BeforeEach
    void start() throws IOException, InterruptedException {
        assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it)");
        Files.writeString(dir.resolve("doc.md"), "# Signals\n\nSOME-TEXT of the document\n");
        pidFile = dir.resolve("pid");
        Path rc = dir.resolve("rc");
        Files.writeString(rc, "PS1='PROMPT$ '\nexport XDG_STATE_HOME='" + dir.resolve("state") + "' XDG_CONFIG_HOME='"
                + dir.resolve("config") + "' XDG_DATA_HOME='" + dir.resolve("data") + "' XDG_CACHE_HOME='" + dir.resolve("cache") + "'\n");
        tmux = new Tmux().start(80, 24, dir, "bash --noprofile --rcfile '" + rc + "' -i");
        tmux.waitFor(s -> s.contains("PROMPT$"), 20_000);
    }

    @AfterEach
    void stop() throws IOException, InterruptedException {
        if (tmux != null) {
            tmux.close();
        }
    }

    /** Types the command that runs folio (its JVM's pid goes to a file: exec keeps it) and waits for the screen. */
    private long launch(String after) throws IOException, InterruptedException {
        return launch(after, "");
    }

    private long launch(String after, String jvmOptions) throws IOException, InterruptedException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Files.writeString(dir.resolve("folio.sh"), "echo $$ > '" + pidFile + "'\nexec '" + java
                + "' -XX:TieredStopAtLevel=1 " + jvmOptions + " -cp '" + System.getProperty("java.class.path") + "' dev.folio.Main doc.md\n");
        tmux.type("sh folio.sh" + after);
        tmux.sendKeys("Enter");
        String screen = tmux.waitFor(s -> s.contains("SOME-TEXT") && !s.contains("PROMPT$"), 60_000);
        assertTrue(screen.contains("SOME-TEXT"), screen);
        assertEquals("1", tmux.format("#{alternate_on}"), "the viewer is in the alternate screen");
        Thread.sleep(500); // the signal handlers are installed with the screen; give the runtime a moment
        return Long.parseLong(Files.readString(pidFile).strip());
    }

    private static void kill(String signal, long pid) throws IOException, InterruptedException {
        assertEquals(0, new ProcessBuilder("kill", "-" + signal, String.valueOf(pid)).inheritIO().start().waitFor());
    }

    /** The terminal as the shell gets it back: main screen, cursor shown, no mouse reporting, and stty's word. */
    private void assertRestored() throws IOException, InterruptedException {
        assertEquals("0", tmux.format("#{alternate_on}"), "left the alternate screen");
        assertEquals("1", tmux.format("#{cursor_flag}"), "cursor shown");
        assertEquals("00", tmux.format("#{mouse_any_flag}#{mouse_standard_flag}"), "mouse reporting off");
        tmux.type("clear; stty -a | tr ' ;' '\\n\\n' | grep -x -e icanon -e -icanon -e echo -e -echo | tr '\\n' ' '; echo STTY-DONE");
        tmux.sendKeys("Enter");
        String screen = tmux.waitFor(s -> s.contains("STTY-DONE\n") || s.matches("(?s).*\\bSTTY-DONE\\s*\\n.*"), 20_000);
        String line = screen.lines().filter(l -> l.endsWith("STTY-DONE") && !l.contains("echo STTY")).findFirst().orElse(screen);
        assertTrue(COOKED.matcher(line).find(), "icanon and echo are back on: " + line);
    }

    @ParameterizedTest
    @ValueSource(strings = {"USR1", "ALRM", "TERM", "HUP"})
    void aTerminatingSignalGivesTheTerminalBack(String signal) throws Exception {
        long pid = launch("; echo EXIT=$?");
        kill(signal, pid);
        String screen = tmux.waitFor(s -> s.contains("EXIT="), 30_000);
        assertTrue(screen.contains("EXIT="), screen);
        assertFalse(screen.contains("SOME-TEXT"), "nothing of the viewer's screen is left on the shell's: " + screen);
        assertRestored();
    }

    /** The JVM options install.sh's launcher adds for SIGQUIT, as written there. */
    private static String launcherQuietOptions() throws IOException {
        return Files.readAllLines(Path.of("install.sh")).stream().filter(l -> l.startsWith("QUIET_VM="))
                .map(l -> l.substring("QUIET_VM=".length()).replace("\"", "")).findFirst()
                .orElseThrow(() -> new AssertionError("install.sh sets no QUIET_VM"));
    }

    /** Plain {@code java -jar} cannot be helped (the JVM keeps SIGQUIT); the launcher folio installs can. */
    @Test
    void killQuitPrintsNoThreadDumpOverTheScreenFromTheInstalledLauncher() throws Exception {
        long pid = launch("; echo EXIT=$?", launcherQuietOptions());
        kill("QUIT", pid);
        Thread.sleep(2_000); // the JVM's dump, if it came, is written at once
        String screen = tmux.screen();
        assertFalse(screen.contains("thread dump") || screen.contains("java.lang.Thread.State"), screen);
        assertTrue(screen.contains("SOME-TEXT"), "the viewer goes on: " + screen);
        tmux.sendKeys("q");
        tmux.waitFor(s -> s.contains("EXIT=0"), 20_000);
        assertRestored();
    }

    @Test
    void killTstpThenFgIsCtrlZThenFg() throws Exception {
        long pid = launch("");
        kill("TSTP", pid);
        String stopped = tmux.waitFor(s -> s.contains("Stopped"), 30_000);
        assertTrue(stopped.contains("Stopped"), stopped);
        assertRestored();

        tmux.type("fg");
        tmux.sendKeys("Enter");
        String back = tmux.waitFor(s -> s.contains("SOME-TEXT") && !s.contains("PROMPT$"), 30_000);
        assertTrue(back.contains("SOME-TEXT"), "redrawn after fg: " + back);
        assertEquals("1", tmux.format("#{alternate_on}"), "the alternate screen again after fg");
        String tty = tmux.format("#{pane_tty}");
        Process stty = new ProcessBuilder("stty", "-a", "-F", tty).redirectErrorStream(true).start();
        String modes = new String(stty.getInputStream().readAllBytes());
        stty.waitFor();
        assertTrue(modes.contains("-icanon") && modes.contains("-echo "), "raw again after fg: " + modes);

        tmux.sendKeys("q");
        tmux.waitFor(s -> s.contains("PROMPT$"), 20_000);
        assertRestored();
    }
}
