package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.testing.LocalWebServer;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code folio -p URL} against a server on 127.0.0.1: what is printed, and the one-line errors. */
@Timeout(60)
class WebCommandTest {
    @TempDir
    Path dir;
    private FakeEnvironment env;
    private final LocalWebServer server = new LocalWebServer();

    @BeforeEach
    void site() throws IOException {
        env = new FakeEnvironment(dir).set("XDG_CACHE_HOME", dir.resolve("cache").toString())
                .set("XDG_CONFIG_HOME", dir.resolve("config").toString());
        server.page("/article.html", "text/html; charset=utf-8", resource("article.html"))
                .page("/notes.md", "text/markdown; charset=utf-8", resource("notes.md"))
                .redirect("/latest", 302, "/notes.md");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = WebCommandTest.class.getResourceAsStream("/dev/folio/web/site/" + name)) {
            return in.readAllBytes();
        }
    }

    private Run folio(String... args) {
        return Run.folio(env, Pipeline.markdown(), Optional.empty(), args);
    }

    @Test
    void printsAMarkdownPageWithAbsoluteLinkNotes() {
        Run run = folio("-p", "--color=never", server.url("/latest").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().contains("Field notes"), run.out());
        String base = "http://127.0.0.1:" + server.port();
        assertTrue(run.out().contains("[1] " + base + "/article.html"), "relative links resolve against the final URL:\n" + run.out());
        assertTrue(run.out().contains(base + "/archive/ledger-transcription.md"), run.out());
        assertTrue(run.out().contains(base + "/img/map.png"), "images too:\n" + run.out());
        assertFalse(run.out().contains("[3]"), "the anchor link needs no note:\n" + run.out());
        assertEquals("", run.err());
    }

    @Test
    void printsTheReaderViewOfAnHtmlArticle() {
        Run run = folio("-p", "--color=never", "-w", "72", server.url("/article.html").toString());
        assertEquals(0, run.exit(), run.err());
        assertTrue(run.out().startsWith("How the river towns kept their bridges\nby Maria Okafor · 2024-03-05\n"), run.out());
        assertTrue(run.out().contains("Whatever the councils decide next month"), run.out());
        assertFalse(run.out().contains("cookies"), run.out());
        assertTrue(run.out().contains("http://127.0.0.1:" + server.port() + "/archive/ledger-transcription.md"), run.out());
    }

    @Test
    void errorsAreOneLineWithExitOne() {
        Run missing = folio("-p", server.url("/gone.md").toString());
        assertEquals(1, missing.exit());
        assertEquals(List.of("folio: " + server.url("/gone.md") + ": 404 Not Found"), missing.errLines());
        assertEquals("", missing.out());
        server.page("/pic.png", "image/png", new byte[] {1, 2, 3});
        assertEquals(List.of("folio: " + server.url("/pic.png") + ": not a document (image/png)"), folio("-p", server.url("/pic.png").toString()).errLines());
        Run scheme = folio("-p", "https://");
        assertEquals(1, scheme.exit());
        assertEquals(List.of("folio: https://: not a valid web address"), scheme.errLines());
        // Names resolve from the test JVM's hosts file (pom.xml): no name server is asked.
        Run unknown = folio("-p", "http://no-such-host.invalid/notes.md");
        assertEquals(1, unknown.exit());
        assertEquals(List.of("folio: http://no-such-host.invalid/notes.md: unknown host (DNS lookup failed)"), unknown.errLines());
    }

    @Test
    void timeoutOptionAndConfigKey() throws IOException {
        CountDownLatch release = new CountDownLatch(1);
        server.route("/slow.md", ex -> {
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        try {
            Run run = folio("-p", "--timeout", "300ms", server.url("/slow.md").toString());
            assertEquals(1, run.exit());
            // On a busy machine even connecting to loopback can take the 300 ms: either way it says so.
            assertEquals(1, run.errLines().size(), run.err());
            assertTrue(run.err().matches("folio: " + server.url("/slow.md") + ": (no answer|could not connect) within 300 ms\\R"), run.err());
            Path config = dir.resolve("config/folio/folio.toml");
            Files.createDirectories(config.getParent());
            Files.writeString(config, "[web]\ntimeout = 0.4\n");
            assertTrue(folio("-p", server.url("/slow.md").toString()).err().matches("folio: .*: (no answer|could not connect) within 400 ms\\R"));
            Files.writeString(config, "[web]\ntimeout = -1\n");
            Run bad = folio("-p", server.url("/slow.md").toString());
            assertEquals(2, bad.exit());
            assertTrue(bad.err().contains("folio.toml:2: web.timeout must be a number of seconds"), bad.err());
        } finally {
            release.countDown();
        }
        Run usage = folio("-p", "--timeout", "soon", server.url("/notes.md").toString());
        assertEquals(2, usage.exit());
        assertTrue(usage.err().startsWith("folio: --timeout: 'soon' is not a number of seconds"), usage.err());
    }

    @Test
    void maxSizeLimitsWebDocumentsToo() {
        Run run = folio("-p", "--max-size", "1K", server.url("/article.html").toString());
        assertEquals(1, run.exit());
        assertEquals(List.of("folio: " + server.url("/article.html") + ": is over the 1 KiB limit (--max-size)"), run.errLines());
    }

    @Test
    void offlineTheCachedCopyIsPrintedWithANote() {
        String url = server.url("/notes.md").toString();
        assertEquals(0, folio("-p", url).exit());
        assertTrue(Files.isDirectory(dir.resolve("cache/folio/web")), "cached under XDG_CACHE_HOME/folio/web");
        server.close();
        Run offline = folio("-p", "--color=never", url);
        assertEquals(0, offline.exit(), offline.err());
        assertTrue(offline.out().contains("Field notes"));
        assertEquals(1, offline.errLines().size(), offline.err());
        assertTrue(offline.err().startsWith("folio: " + url + ": offline: the copy saved "), offline.err());
        assertTrue(offline.err().contains("(connection refused)"), offline.err());
    }

    @Test
    void escapesFromTheNetworkNeverReachTheTerminal() {
        server.page("/evil.md", "text/markdown", "# Title\u001b]0;pwned\u0007\n\nText \u001b[31mred\u001b[0m and \u009b2J.\n");
        Run run = folio("-p", "--color=always", server.url("/evil.md").toString());
        assertEquals(0, run.exit(), run.err());
        assertFalse(run.out().contains("\u001b]0;"), run.out());
        assertFalse(run.out().contains("\u001b[31mred"), run.out());
        assertFalse(run.out().contains("\u009b"), run.out());
    }

    @Test
    void printingAPageWithImagesFetchesThemThroughTheClientAndSaysWhyOneIsMissing() throws Exception {
        java.io.ByteArrayOutputStream png = new java.io.ByteArrayOutputStream();
        javax.imageio.ImageIO.write(new java.awt.image.BufferedImage(40, 20, java.awt.image.BufferedImage.TYPE_INT_RGB), "png", png);
        server.page("/pictures/chart.png", "image/png", png.toByteArray())
                .page("/pictures/page.html", "text/html; charset=utf-8", ("<html><head><title>Pictures</title></head><body>"
                        + "<article><h1>Pictures</h1><p>The text of an article with a chart below it, long enough to be read.</p>"
                        + "<p><img src=\"chart.png\" alt=\"the chart\"></p><p><img src=\"gone.png\" alt=\"gone\"></p>"
                        + "<p>More text of the article after its pictures, as articles have.</p></article></body></html>")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8));
        Run run = folio("-p", "--images=blocks", "--color=always", server.url("/pictures/page.html").toString());
        assertEquals(0, run.exit(), run.err());
        String plain = run.out().replaceAll("\u001b\\[[0-9;]*m", "");
        assertTrue(plain.contains("▀"), "the chart in half blocks: " + plain);
        assertTrue(plain.contains(server.url("/pictures/gone.png") + ": 404"), plain);
        assertTrue(server.requests().stream().anyMatch(r -> r.path().equals("/pictures/chart.png")));
    }
}
