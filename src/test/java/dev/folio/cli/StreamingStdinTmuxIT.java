package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.folio.testing.Tmux;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code writer | folio} in a real terminal, the writer pausing between chunks (it waits for the
 * test's go-ahead, so the test never races it): what has arrived is on screen at once, an unclosed
 * fence drawn as far as it goes, the end followed until the reader scrolls up, {@code G} following
 * again, and {@code receiving…} in the status line until the writer closes the pipe.
 */
@Timeout(value = 180, unit = TimeUnit.SECONDS)
class StreamingStdinTmuxIT {
    private static final long WAIT = 30_000;

    @TempDir
    Path dir;
    private Tmux tmux;

    @BeforeAll
    static void needsTmux() {
        assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it)");
    }

    @BeforeEach
    void startServer() {
        tmux = new Tmux();
    }

    @AfterEach
    void stopServer() throws IOException, InterruptedException {
        tmux.close();
    }

    private String waitFor(Predicate<String> condition, String what) throws IOException, InterruptedException {
        String screen = tmux.waitFor(condition, WAIT);
        assertTrue(condition.test(screen), what + ":\n" + screen);
        return screen;
    }

    /** The page's line count in the status line ({@code line 12/48}). */
    private static int total(String screen) {
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("line \\d+/(\\d+)").matcher(screen);
        return m.find() ? Integer.parseInt(m.group(1)) : -1;
    }

    private void go(int chunk) throws IOException {
        Files.writeString(dir.resolve("go" + chunk), "");
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({"80, 24", "60, 20"})
    void aPipeStillBeingWrittenIsShownAsItArrives(int columns, int rows) throws Exception {
        StringBuilder fence = new StringBuilder();
        for (int i = 1; i <= 40; i++) {
            fence.append("printf 'fence line %d\\n' ").append(i).append('\n');
        }
        Path writer = dir.resolve("writer.sh");
        Files.writeString(writer, String.join("\n",
                "wait_for() { while [ ! -e '" + dir + "/go'$1 ]; do sleep 0.05; done; }",
                "printf '# Streamed answer\\n\\nThe first paragraph arrives at once.\\n\\n'",
                "wait_for 1",
                "printf '```\\n'",
                fence.toString(),
                "wait_for 2",
                "printf 'after scrolling up\\n'",
                "wait_for 3",
                "printf 'after G\\n'",
                "wait_for 4",
                "printf '```\\n\\nThe end.\\n'", ""));
        String classPath = System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path script = dir.resolve("start.sh");
        Files.writeString(script, String.join("\n",
                "export XDG_STATE_HOME='" + dir.resolve("state") + "' XDG_CACHE_HOME='" + dir.resolve("cache") + "'",
                "export XDG_DATA_HOME='" + dir.resolve("data") + "' XDG_CONFIG_HOME='" + dir.resolve("config") + "'",
                "sh '" + writer + "' | '" + java + "' -cp '" + classPath + "' dev.folio.Main",
                "echo \"DONE $?\"",
                "sleep 600", ""));
        tmux.start(columns, rows, dir, "sh '" + script + "'");

        waitFor(s -> s.contains("The first paragraph arrives at once.") && s.contains("receiving…"),
                "the first chunk at once, receiving… below it");
        go(1);
        String following = waitFor(s -> s.contains("fence line 40"), "an unclosed fence, drawn as far as it goes, its end followed");
        assertTrue(following.contains("receiving…"), following);
        assertFalse(following.contains("The first paragraph"), "the screen moved to the end:\n" + following);

        tmux.sendKeys("k", "k", "k");
        int lines = total(waitFor(s -> !s.contains("fence line 40"), "k moves up"));
        go(2);
        String stayed = waitFor(s -> total(s) > lines, "the longer document counted in the status line");
        assertFalse(stayed.contains("after scrolling up"), "scrolled up: the reader stays put:\n" + stayed);

        tmux.sendKeys("G");
        waitFor(s -> s.contains("after scrolling up"), "G goes to the end");
        go(3);
        waitFor(s -> s.contains("after G"), "and follows it again");

        go(4);
        String ended = waitFor(s -> s.contains("The end.") && !s.contains("receiving"), "receiving… until the writer closes the pipe");
        assertTrue(ended.contains("after G"), ended);
        tmux.sendKeys("q");
        String done = waitFor(s -> s.contains("DONE"), "q quits");
        assertTrue(done.contains("DONE 0"), done);
        assertEquals("0", tmux.format("#{alternate_on}"), "the terminal is back from the alternate screen");
    }
}
