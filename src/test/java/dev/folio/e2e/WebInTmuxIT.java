package dev.folio.e2e;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.folio.testing.LocalWebServer;
import dev.folio.testing.Tmux;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code folio http://127.0.0.1:PORT/…} in a real terminal, against a server in this test: the
 * reader view of the news article with its URL in the status line; a relative link to a Markdown
 * page on the same server followed in folio, and back again to the same place.
 */
@Timeout(120)
class WebInTmuxIT {
    private static final long WAIT = 20_000;

    @TempDir
    Path dir;
    private LocalWebServer server;

    @BeforeEach
    void serve() throws IOException {
        assumeTrue(Tmux.available(), "tmux is not installed (.ci/run installs it)");
        server = new LocalWebServer()
                .page("/article.html", "text/html; charset=utf-8", resource("article.html"))
                .page("/notes.md", "text/markdown; charset=utf-8", resource("notes.md"))
                .page("/archive/ledger-transcription.md", "text/markdown; charset=utf-8",
                        "# Ledger transcription\n\nEntry 1: the north arch, 1823, four pounds.\n");
    }

    @AfterEach
    void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = WebInTmuxIT.class.getResourceAsStream("/dev/folio/web/site/" + name)) {
            return in.readAllBytes();
        }
    }

    /** Quits folio and waits for it to end, so it writes nothing more into the test's directory. */
    private static void quit(Tmux tmux) throws Exception {
        tmux.sendKeys("q");
        long deadline = System.currentTimeMillis() + WAIT;
        // has-session says nothing while the session lives; once folio ended, tmux says why not.
        while (System.currentTimeMillis() < deadline && tmux.command("has-session", "-t", "t").isBlank()) {
            Thread.sleep(100);
        }
    }

    /** The status line, with the row above it, where a message too long for one row begins. */
    private static String statusLine(String screen) {
        String[] rows = screen.strip().split("\n");
        return rows.length == 0 ? "" : rows.length == 1 ? rows[0] : rows[rows.length - 2] + "\n" + rows[rows.length - 1];
    }

    private String folio(String args) {
        // A link that leaves for the browser must start nothing: the opener is true(1).
        return "FOLIO_OPENER=true XDG_CACHE_HOME=" + quote(dir.resolve("cache").toString()) + " XDG_CONFIG_HOME=" + quote(dir.resolve("config").toString())
                + " XDG_STATE_HOME=" + quote(dir.resolve("state").toString()) + " TERM=xterm-256color "
                + "java -XX:TieredStopAtLevel=1 -cp " + quote(System.getProperty("java.class.path")) + " dev.folio.Main " + args;
    }

    private static String quote(String s) {
        return "'" + s.replace("'", "'\\''") + "'";
    }

    @Test
    void showsTheReaderViewOfAnArticle() throws Exception {
        try (Tmux tmux = new Tmux()) {
            tmux.start(90, 30, dir, folio(server.url("/article.html").toString()));
            String screen = tmux.waitFor(s -> s.contains("How the river towns kept their bridges"), WAIT);
            assertTrue(screen.contains("Maria Okafor · 2024-03-05"), screen);
            assertTrue(screen.contains("For two hundred years the towns along the Wend"), screen);
            assertFalse(screen.contains("cookies") || screen.contains("Sport") || screen.contains("Skip to content"), screen);
            assertTrue(statusLine(screen).contains("127.0.0.1:" + server.port() + "/article.html"), "the status line shows the URL: " + screen);
            quit(tmux);
        }
    }

    @Test
    void opensAtTheFragmentAndOfflineShowsTheCachedCopyWithANote() throws Exception {
        String url = server.url("/article.html").toString();
        try (Tmux tmux = new Tmux()) {
            tmux.start(90, 30, dir, folio(url + "#costs"));
            String screen = tmux.waitFor(s -> s.contains("The costs, then and now"), WAIT);
            assertTrue(screen.startsWith("The costs, then and now"), "opened at #costs: " + screen);
            quit(tmux);
        }
        server.close();
        server = null;
        try (Tmux tmux = new Tmux()) {
            tmux.start(90, 30, dir, folio(url));
            String screen = tmux.waitFor(s -> s.contains("How the river towns kept their bridges") && statusLine(s).contains("offline"), WAIT);
            assertTrue(screen.contains("How the river towns kept their bridges"), screen);
            assertTrue(statusLine(screen).contains("offline: the copy saved"), screen);
            quit(tmux);
        }
    }

    @Test
    void followsARelativeLinkToMarkdownAndComesBack() throws Exception {
        try (Tmux tmux = new Tmux()) {
            tmux.start(90, 30, dir, folio(server.url("/article.html").toString()));
            tmux.waitFor(s -> s.contains("How the river towns kept their bridges"), WAIT);
            String focused = "";
            for (int i = 0; i < 8 && !statusLine(focused).contains("/archive/ledger-transc"); i++) {
                String before = statusLine(tmux.screen());
                tmux.sendKeys("Tab");
                focused = tmux.waitFor(s -> !statusLine(s).equals(before), 3000);
            }
            assertTrue(statusLine(focused).contains("127.0.0.1:" + server.port() + "/archive/ledger-transc"), "the link's absolute target is shown: " + focused);
            tmux.sendKeys("Enter");
            String other = tmux.waitFor(s -> s.contains("Entry 1: the north arch"), WAIT);
            assertTrue(other.contains("Ledger transcription"), other);
            assertTrue(statusLine(other).contains("/archive/ledger-transc"), "the status line shows the URL: " + other);
            tmux.sendKeys("BSpace");
            String back = tmux.waitFor(s -> s.contains("Whatever the councils decide") || s.contains("full transcription"), WAIT);
            assertTrue(back.contains("full transcription"), "back where the link was: " + back);
            assertTrue(statusLine(back).contains("→ http://127.0.0.1:" + server.port() + "/archive/ledger-transc"), "the link followed is selected again: " + back);
            quit(tmux);
        }
    }
}
