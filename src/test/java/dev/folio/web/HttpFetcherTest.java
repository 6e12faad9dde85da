package dev.folio.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.testing.LocalWebServer;
import java.io.OutputStream;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Fetching from a server on 127.0.0.1: the limits, the redirect rules and every kind of failure. */
@Timeout(30)
class HttpFetcherTest {
    private static final String UA = "folio/test (terminal document reader)";
    private final LocalWebServer server = new LocalWebServer();
    private final HttpFetcher fetcher = new HttpFetcher(UA, new FetchLimits(Duration.ofSeconds(5), 1 << 20));

    @AfterEach
    void stop() {
        server.close();
    }

    private Response get(String path) throws Exception {
        return fetcher.get(server.url(path), Map.of(), Progress.NONE);
    }

    private WebException failure(HttpFetcher f, String path) {
        return assertThrows(WebException.class, () -> f.get(server.url(path), Map.of(), Progress.NONE));
    }

    @Test
    void asksForMarkdownFirstWithAClearUserAgentAndNoCookies() throws Exception {
        server.route("/a.md", ex -> {
            ex.getResponseHeaders().add("Set-Cookie", "session=1");
            LocalWebServer.send(ex, 200, "text/markdown", "# A".getBytes(StandardCharsets.UTF_8));
        });
        get("/a.md");
        Response second = get("/a.md");
        assertEquals("# A", new String(second.body(), StandardCharsets.UTF_8));
        LocalWebServer.Request r = server.requests().get(1);
        assertEquals(UA, r.header("User-Agent"));
        assertTrue(r.header("Accept").startsWith("text/markdown, text/html;q=0.9"), r.header("Accept"));
        assertNull(r.header("Cookie"), "a cookie the server set is never sent back");
    }

    @Test
    void theFragmentIsNeverSent() throws Exception {
        server.page("/a.md", "text/markdown", "x");
        fetcher.get(URI.create(server.url("/a.md") + "#part"), Map.of(), Progress.NONE);
        assertEquals("/a.md", server.requests().get(0).path());
    }

    @Test
    void followsARelativeRedirectAndReportsTheFinalAddress() throws Exception {
        server.redirect("/old/post", 301, "../new/post.md").page("/new/post.md", "text/markdown", "moved");
        Response r = get("/old/post");
        assertEquals(server.url("/new/post.md"), r.url());
        assertEquals(server.url("/old/post"), r.requested());
        assertEquals("moved", new String(r.body(), StandardCharsets.UTF_8));
    }

    @Test
    void followsTenRedirectsButNotEleven() throws Exception {
        for (int i = 0; i < 11; i++) {
            server.redirect("/r" + i, 302, "/r" + (i + 1));
        }
        server.page("/r11", "text/plain", "end");
        assertEquals("end", new String(get("/r1").body(), StandardCharsets.UTF_8), "ten redirects are followed");
        assertTrue(failure(fetcher, "/r0").why().contains("more than 10 redirects"));
    }

    @Test
    void aRedirectLoopIsReported() {
        server.redirect("/a", 302, "/b").redirect("/b", 307, "/a");
        assertEquals("a redirect loop", failure(fetcher, "/a").why());
    }

    @Test
    void redirectsToOtherSchemesAreRefused() {
        server.redirect("/f", 302, "file:///etc/passwd").redirect("/j", 302, "javascript:alert(1)");
        WebException file = failure(fetcher, "/f");
        assertEquals(WebException.Kind.REFUSED, file.kind());
        assertTrue(file.why().contains("refused a redirect to a file: address"), file.why());
        assertTrue(failure(fetcher, "/j").why().contains("javascript:"));
        assertEquals(2, server.requests().size(), "nothing else was asked");
    }

    @Test
    void errorStatusesAreOneLineWithTheStatus() {
        server.route("/boom", ex -> LocalWebServer.send(ex, 500, "text/html", "<h1>oops</h1>".getBytes(StandardCharsets.UTF_8)));
        WebException missing = failure(fetcher, "/missing");
        assertEquals("404 Not Found", missing.why());
        assertEquals(404, missing.status());
        assertEquals(server.url("/missing") + ": 404 Not Found", missing.getMessage());
        assertEquals("500 Internal Server Error", failure(fetcher, "/boom").why());
    }

    @Test
    void aSlowServerTimesOut() {
        CountDownLatch release = new CountDownLatch(1);
        server.route("/slow", ex -> {
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        HttpFetcher quick = new HttpFetcher(UA, new FetchLimits(Duration.ofMillis(300), 1 << 20));
        WebException e = failure(quick, "/slow");
        release.countDown();
        assertEquals(WebException.Kind.UNREACHABLE, e.kind());
        assertEquals("no answer within 300 ms", e.why());
    }

    @Test
    void aTransferThatStallsMidwayTimesOut() {
        CountDownLatch release = new CountDownLatch(1);
        server.route("/stall", ex -> {
            ex.sendResponseHeaders(200, 10_000);
            OutputStream out = ex.getResponseBody();
            out.write(new byte[1000]);
            out.flush();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        HttpFetcher quick = new HttpFetcher(UA, new FetchLimits(Duration.ofMillis(400), 1 << 20));
        WebException e = failure(quick, "/stall");
        release.countDown();
        assertEquals("the transfer stalled for 400 ms", e.why());
    }

    @Test
    void aHugeAnswerIsCutOffAtTheLimit() {
        AtomicLong written = new AtomicLong();
        server.route("/huge", ex -> {
            ex.sendResponseHeaders(200, 0); // chunked: no length to refuse up front
            byte[] block = new byte[64 * 1024];
            try (OutputStream out = ex.getResponseBody()) {
                for (int i = 0; i < 1600; i++) { // 100 MB, if nobody stopped it
                    out.write(block);
                    written.addAndGet(block.length);
                }
            } catch (java.io.IOException closed) {
                // the client hung up, as it should
            }
        });
        server.route("/announced", ex -> {
            ex.sendResponseHeaders(200, 50L << 20);
            ex.getResponseBody().close();
        });
        WebException e = failure(fetcher, "/huge");
        assertEquals("is over the 1 MiB limit (--max-size)", e.why());
        assertTrue(written.get() < 50L << 20, "the transfer stopped early: " + written.get());
        assertEquals("is over the 1 MiB limit (--max-size)", failure(fetcher, "/announced").why());
    }

    @Test
    void gzipIsUndoneAndABombStopsAtTheLimit() throws Exception {
        server.gzipPage("/z.md", "text/markdown", "# Zipped\n\ntext");
        assertEquals("# Zipped\n\ntext", new String(get("/z.md").body(), StandardCharsets.UTF_8));
        assertEquals("gzip, deflate", server.requests().get(0).header("Accept-Encoding"));
        byte[] bomb = LocalWebServer.gzip(new byte[8 << 20]); // 8 MB of zeros in a few kB
        server.route("/bomb", ex -> {
            ex.getResponseHeaders().add("Content-Encoding", "gzip");
            LocalWebServer.send(ex, 200, "text/plain", bomb);
        });
        assertTrue(bomb.length < 64 * 1024);
        assertEquals("is over the 1 MiB limit (--max-size)", failure(fetcher, "/bomb").why());
    }

    @Test
    void aServerClosingMidwayIsReported() {
        server.route("/cut", ex -> {
            ex.sendResponseHeaders(200, 10_000);
            OutputStream out = ex.getResponseBody();
            out.write(new byte[3000]);
            out.flush();
            // Closing the exchange with bytes missing drops the connection.
        });
        WebException e = failure(fetcher, "/cut");
        assertEquals(WebException.Kind.BROKEN, e.kind());
        assertEquals("the server closed the connection before the document was complete", e.why());
    }

    @Test
    void aNameThatDoesNotResolveIsAnUnknownHost() {
        // The test JVM resolves names from a hosts file (pom.xml), so this asks no name server.
        assertTrue(System.getProperty("jdk.net.hosts.file", "").endsWith("loopback-hosts"), "names would go to DNS");
        WebException e = assertThrows(WebException.class,
                () -> fetcher.get(URI.create("http://no-such-host.invalid/a.md"), Map.of(), Progress.NONE));
        assertEquals(WebException.Kind.UNREACHABLE, e.kind());
        assertEquals("unknown host (DNS lookup failed)", e.why());
        assertEquals("http://no-such-host.invalid/a.md: unknown host (DNS lookup failed)", e.getMessage());
    }

    @Test
    void aRefusedConnectionIsUnreachable() throws Exception {
        int port;
        try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            port = s.getLocalPort();
        }
        WebException e = assertThrows(WebException.class,
                () -> fetcher.get(URI.create("http://127.0.0.1:" + port + "/x"), Map.of(), Progress.NONE));
        assertEquals(WebException.Kind.UNREACHABLE, e.kind());
        assertEquals("connection refused", e.why());
    }

    @Test
    void progressCountsTheBytesAgainstTheAnnouncedLength() throws Exception {
        server.page("/p.md", "text/markdown", new byte[200_000]);
        AtomicLong last = new AtomicLong(-1);
        AtomicLong total = new AtomicLong();
        fetcher.get(server.url("/p.md"), Map.of(), (received, length) -> {
            last.set(received);
            total.set(length);
        });
        assertEquals(200_000, last.get());
        assertEquals(200_000, total.get());
    }

    @Test
    void anInterruptCancelsTheTransfer() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        CountDownLatch release = new CountDownLatch(1);
        server.route("/wait", ex -> {
            started.countDown();
            try {
                release.await(20, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        AtomicReference<Throwable> thrown = new AtomicReference<>();
        Thread t = new Thread(() -> {
            try {
                get("/wait");
            } catch (Throwable e) {
                thrown.set(e);
            }
        });
        t.start();
        assertTrue(started.await(10, TimeUnit.SECONDS));
        t.interrupt();
        t.join(5000);
        release.countDown();
        assertTrue(thrown.get() instanceof InterruptedException, String.valueOf(thrown.get()));
    }

    @Test
    void conditionalHeadersAreSentAnd304HasNoBody() throws Exception {
        server.route("/c.md", ex -> {
            boolean match = "\"v1\"".equals(ex.getRequestHeaders().getFirst("If-None-Match"));
            ex.getResponseHeaders().add("ETag", "\"v1\"");
            if (match) {
                ex.sendResponseHeaders(304, -1);
            } else {
                LocalWebServer.send(ex, 200, "text/markdown", "fresh".getBytes(StandardCharsets.UTF_8));
            }
        });
        Response r = fetcher.get(server.url("/c.md"), Map.of("If-None-Match", "\"v1\""), Progress.NONE);
        assertTrue(r.notModified());
        assertArrayEquals(new byte[0], r.body());
    }
}
