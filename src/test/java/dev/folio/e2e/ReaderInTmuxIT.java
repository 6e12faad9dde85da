package dev.folio.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.folio.testing.Tmux;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole program as a reader uses it, in a real terminal (tmux): the seed article and the
 * samples, links followed and undone, media opened through a recording opener, stdin, resize,
 * quit, and the terminal as it was afterwards.
 */
@Timeout(120)
class ReaderInTmuxIT {
    private static final Path SEED = dev.folio.testing.Seed.ARTICLE;
    private static final Path SAMPLES = Path.of("samples").toAbsolutePath();
    private static final long WAIT = 15_000;

    @TempDir
    Path dir;
    private Path opened;
    private Path opener;

    @BeforeEach
    void recordingOpener() throws IOException {
        assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it)");
        opened = dir.resolve("opened.txt");
        opener = dir.resolve("opener.sh");
        Files.writeString(opener, "#!/bin/sh\nfor a in \"$@\"; do printf '%s\\n' \"$a\" >> '" + opened + "'; done\n");
        Files.setPosixFilePermissions(opener, PosixFilePermissions.fromString("rwx------"));
    }

    /** A shell command line that runs folio from the test class path with a recording opener. */
    private String folio(String args) {
        return "FOLIO_OPENER=" + quote(opener.toString()) + " TERM=xterm-256color "
                + "java -XX:TieredStopAtLevel=1 -cp " + quote(System.getProperty("java.class.path")) + " dev.folio.Main " + args;
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    private static boolean statusSays(String screen, String text) {
        String[] rows = screen.strip().split("\n");
        return rows[rows.length - 1].contains(text);
    }

    @Test
    void followARelativeLinkAndComeBackToTheSamePlace() throws Exception {
        try (Tmux tmux = new Tmux()) {
            tmux.start(80, 24, SAMPLES, folio("README.md"));
            tmux.waitFor(s -> s.contains("A tour of the folio samples"), WAIT);
            tmux.sendKeys("Tab", "Tab");
            String focused = tmux.waitFor(s -> statusSays(s, "→ elements.md"), WAIT);
            assertTrue(statusSays(focused, "→ elements.md"), focused);
            tmux.sendKeys("Enter");
            String other = tmux.waitFor(s -> s.contains("This page holds one example"), WAIT);
            assertTrue(other.startsWith("Every element folio renders"), other);
            tmux.sendKeys("BSpace");
            String back = tmux.waitFor(s -> statusSays(s, "→ elements.md"), WAIT);
            assertTrue(back.contains("A tour of the folio samples") || back.contains("elements.md"), back);
            assertTrue(statusSays(back, "→ elements.md"), "the focused link is restored: " + back);
            tmux.sendKeys("M-Right");
            assertTrue(tmux.waitFor(s -> s.contains("This page holds one example"), WAIT).contains("This page holds"));
        }
    }

    @Test
    void theSeedsImageAndMp3OpenThroughTheConfiguredOpener() throws Exception {
        dev.folio.testing.Seed.article();
        try (Tmux tmux = new Tmux()) {
            tmux.start(80, 24, dir, folio(quote(SEED.toString())));
            tmux.waitFor(s -> s.contains("AWS 加入云计算原生计算基金会"), WAIT);
            tmux.sendKeys("m");
            String list = tmux.waitFor(s -> s.contains("Media"), WAIT);
            assertTrue(list.contains("01e434b022e63332107f12c77cdd3a37.png"), list);
            tmux.sendKeys("Enter");
            tmux.waitFor(s -> statusSays(s, "opened"), WAIT);
            tmux.sendKeys("m", "j", "Enter");
            tmux.waitFor(s -> statusSays(s, "opened https://aphid.fireside.fm"), WAIT);
            tmux.sendKeys("q");
        }
        List<String> args = Files.readAllLines(opened, StandardCharsets.UTF_8);
        assertEquals(2, args.size(), args.toString());
        assertTrue(args.get(0).startsWith("/") && args.get(0).endsWith("img/01e434b022e63332107f12c77cdd3a37.png"), args.get(0));
        assertTrue(args.get(1).startsWith("https://aphid.fireside.fm/") && args.get(1).contains(".mp3"), args.get(1));
    }

    @Test
    void pipedDocumentReadsKeysFromTheTerminalAndResizes() throws Exception {
        dev.folio.testing.Seed.article();
        try (Tmux tmux = new Tmux()) {
            tmux.start(80, 24, dir, "cat " + quote(SEED.toString()) + " | " + folio("") + "; stty -a > stty.txt; sleep 30");
            assertTrue(tmux.waitFor(s -> s.contains("AWS 加入云计算原生计算基金会"), WAIT).contains("AWS 加入云"));
            tmux.sendKeys("/");
            tmux.type("Kubernetes");
            tmux.sendKeys("Enter");
            String searched = tmux.waitFor(s -> statusSays(s, "match 1/"), WAIT);
            assertTrue(statusSays(searched, "match 1/"), searched);
            tmux.resize(50, 15);
            String narrow = tmux.waitFor(s -> s.lines().allMatch(l -> dev.folio.text.Width.of(l) <= 50)
                    && s.contains("AWS 加入云"), WAIT);
            assertTrue(narrow.lines().count() <= 15, narrow);
            assertTrue(narrow.startsWith("AWS 加入云计算原生计算基金会"), "the top stays at the top: " + narrow);
            tmux.sendKeys("q");
            tmux.waitFor(s -> !s.contains("AWS 加入云"), WAIT);
            long deadline = System.currentTimeMillis() + WAIT;
            while (!Files.exists(dir.resolve("stty.txt")) && System.currentTimeMillis() < deadline) {
                Thread.sleep(100);
            }
            String stty = Files.readString(dir.resolve("stty.txt"));
            assertTrue(stty.contains(" icanon") && !stty.contains("-icanon"), stty);
            assertTrue(stty.contains(" echo ") && !stty.contains("-echo "), stty);
            assertEquals("0", tmux.format("#{alternate_on}"), "the alternate screen is left");
        }
    }
}
