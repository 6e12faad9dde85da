package dev.folio.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.testing.LocalWebServer;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Fetching through the cache, charsets and kinds of content, against a server on 127.0.0.1. */
@Timeout(30)
class WebLoaderTest {
    @TempDir
    Path cacheDir;
    private final LocalWebServer server = new LocalWebServer();
    private final HttpFetcher fetcher = new HttpFetcher("folio/test", new FetchLimits(Duration.ofSeconds(5), 1 << 20));
    private Instant now = Instant.parse("2024-03-05T12:00:00Z");

    @AfterEach
    void stop() {
        server.close();
    }

    private WebLoader loader() {
        Clock clock = new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return now;
            }
        };
        return new WebLoader(fetcher, new WebCache(cacheDir, 10 << 20), null, clock);
    }

    private Fetched load(String path) throws Exception {
        return loader().load(server.url(path), WebLoader.Mode.NORMAL, Progress.NONE);
    }

    @Test
    void anETagMakesTheSecondOpeningA304() throws Exception {
        AtomicInteger bodies = new AtomicInteger();
        server.route("/e.md", ex -> {
            ex.getResponseHeaders().add("ETag", "\"abc\"");
            if ("\"abc\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"))) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            bodies.incrementAndGet();
            LocalWebServer.send(ex, 200, "text/markdown; charset=utf-8", "# Cached\n".getBytes(StandardCharsets.UTF_8));
        });
        Fetched first = load("/e.md");
        Fetched second = load("/e.md");
        assertFalse(first.fromCache());
        assertTrue(second.fromCache());
        assertEquals("# Cached\n", second.text());
        assertEquals(1, bodies.get(), "the body came once");
        assertEquals(2, server.requests().size());
    }

    @Test
    void lastModifiedIsSentBack() throws Exception {
        server.route("/l.md", ex -> {
            ex.getResponseHeaders().add("Last-Modified", "Tue, 05 Mar 2024 08:00:00 GMT");
            if (ex.getRequestHeaders().getFirst("If-Modified-Since") != null) {
                ex.sendResponseHeaders(304, -1);
                return;
            }
            LocalWebServer.send(ex, 200, "text/markdown", "x".getBytes(StandardCharsets.UTF_8));
        });
        load("/l.md");
        assertTrue(load("/l.md").fromCache());
        assertEquals("Tue, 05 Mar 2024 08:00:00 GMT", server.requests().get(1).header("If-Modified-Since"));
    }

    @Test
    void aFreshCopyIsUsedWithoutAskingAndReloadAsksAnyway() throws Exception {
        server.route("/f.md", ex -> {
            ex.getResponseHeaders().add("Cache-Control", "max-age=600");
            ex.getResponseHeaders().add("ETag", "\"1\"");
            LocalWebServer.send(ex, 200, "text/markdown", "fresh".getBytes(StandardCharsets.UTF_8));
        });
        load("/f.md");
        now = now.plusSeconds(300);
        assertTrue(load("/f.md").fromCache());
        assertEquals(1, server.requests().size(), "within max-age nothing is asked");
        Fetched reloaded = loader().load(server.url("/f.md"), WebLoader.Mode.RELOAD, Progress.NONE);
        assertFalse(reloaded.fromCache());
        assertEquals(2, server.requests().size());
        assertEquals(null, server.requests().get(1).header("If-None-Match"), "a reload is not conditional");
        now = now.plusSeconds(600);
        load("/f.md");
        assertEquals(3, server.requests().size(), "a stale copy is checked again");
    }

    @Test
    void offlineTheCachedCopyIsShownWithANote() throws Exception {
        server.page("/o.md", "text/markdown", "# Saved");
        URI url = server.url("/o.md");
        load("/o.md");
        server.close();
        Fetched offline = loader().load(url, WebLoader.Mode.NORMAL, Progress.NONE);
        assertEquals("# Saved", offline.text());
        assertEquals("offline: the copy saved " + java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                .format(now.atZone(java.time.ZoneId.systemDefault())) + " (connection refused)", offline.note());
        WebException never = assertThrows(WebException.class,
                () -> loader().load(URI.create(url + "-other"), WebLoader.Mode.NORMAL, Progress.NONE));
        assertEquals("connection refused", never.why());
    }

    @Test
    void noStoreIsNotKeptAndTheCacheStaysWithinItsSize() throws Exception {
        server.route("/n.md", ex -> {
            ex.getResponseHeaders().add("Cache-Control", "no-store");
            LocalWebServer.send(ex, 200, "text/markdown", "secret".getBytes(StandardCharsets.UTF_8));
        });
        load("/n.md");
        try (Stream<Path> files = Files.list(cacheDir)) {
            assertEquals(0, files.count());
        }
        WebCache small = new WebCache(cacheDir, 250_000);
        WebLoader l = new WebLoader(fetcher, small, null, Clock.systemUTC());
        for (int i = 0; i < 5; i++) {
            server.page("/big" + i + ".md", "text/markdown", "x".repeat(100_000));
            l.load(server.url("/big" + i + ".md"), WebLoader.Mode.NORMAL, Progress.NONE);
        }
        long total;
        try (Stream<Path> files = Files.list(cacheDir)) {
            total = files.mapToLong(f -> f.toFile().length()).sum();
        }
        assertTrue(total <= 250_000, "cache size " + total);
        assertTrue(small.lookup(server.url("/big4.md")).isPresent(), "the newest stays");
        assertFalse(small.lookup(server.url("/big0.md")).isPresent(), "the oldest went");
    }

    @Test
    void theHeaderCharsetDecodes() throws Exception {
        server.page("/latin.md", "text/plain; charset=windows-1252", "Caf\u00e9 cr\u00e8me".getBytes(Charset.forName("windows-1252")));
        assertEquals("Café crème", load("/latin.md").text());
    }

    @Test
    void aWrongUtf8LabelFallsBackToDetection() throws Exception {
        byte[] latin = "Der Bär läuft über die Straße, während es regnet und die Kühe grasen.".getBytes(Charset.forName("windows-1252"));
        server.page("/wrong.md", "text/markdown; charset=utf-8", latin);
        String text = load("/wrong.md").text();
        assertEquals("Der Bär läuft über die Straße, während es regnet und die Kühe grasen.", text);
    }

    @Test
    void utf8MislabelledAsLatin1IsReadAsUtf8() throws Exception {
        server.page("/mis.html", "text/html; charset=iso-8859-1", "<p>Zürich – 東京</p>".getBytes(StandardCharsets.UTF_8));
        assertEquals("<p>Zürich – 東京</p>", load("/mis.html").text());
    }

    @Test
    void withoutAHeaderCharsetTheMetaTagDecides() throws Exception {
        server.page("/meta.html", "text/html", "<meta charset=\"windows-1251\"><p>\u041f\u0440\u0438\u0432\u0435\u0442</p>"
                .getBytes(Charset.forName("windows-1251")));
        assertTrue(load("/meta.html").text().contains("Привет"));
        byte[] blog = ReaderFixtures.bytes("blog.html");
        server.page("/blog.html", null, blog);
        Fetched f = load("/blog.html");
        assertEquals(ContentKind.HTML, f.kind(), "no Content-Type: the body looks like HTML");
        assertTrue(f.text().contains("Café owners"), "http-equiv charset");
    }

    @Test
    void aByteOrderMarkWinsOverTheLabel() throws Exception {
        byte[] body = "\uFEFF# Hëllo".getBytes(StandardCharsets.UTF_16LE);
        server.page("/bom.md", "text/markdown; charset=windows-1252", body);
        assertEquals("# Hëllo", load("/bom.md").text());
    }

    @Test
    void kindsOfContent() throws Exception {
        server.page("/a.md", "text/plain", "# md").page("/b", "text/markdown", "# md").page("/c.html", "text/html", "<p>x")
                .page("/d.md", "application/octet-stream", "# md").page("/img.png", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'})
                .page("/bin", "application/octet-stream", new byte[] {0, 1, 2, 3, 0, 0});
        assertEquals(ContentKind.MARKDOWN, load("/a.md").kind());
        assertEquals(ContentKind.MARKDOWN, load("/b").kind());
        assertEquals(ContentKind.HTML, load("/c.html").kind());
        assertEquals(ContentKind.MARKDOWN, load("/d.md").kind());
        assertEquals("not a document (image/png)", assertThrows(WebException.class, () -> load("/img.png")).why());
        assertTrue(assertThrows(WebException.class, () -> load("/bin")).why().contains("binary"));
    }

    @Test
    void theFragmentAskedForIsKeptOnTheFinalAddress() throws Exception {
        server.redirect("/old", 301, "/new.md").page("/new.md", "text/markdown", "# New");
        Fetched f = loader().load(URI.create(server.url("/old") + "#part-2"), WebLoader.Mode.NORMAL, Progress.NONE);
        assertEquals(URI.create(server.url("/new.md") + "#part-2"), f.url());
    }
}
