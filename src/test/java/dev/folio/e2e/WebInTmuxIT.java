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
 * reader view of the news article.
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

    private String folio(String args) {
        return "XDG_CACHE_HOME=" + quote(dir.resolve("cache").toString()) + " XDG_CONFIG_HOME=" + quote(dir.resolve("config").toString())
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
            tmux.sendKeys("q");
        }
    }
}
