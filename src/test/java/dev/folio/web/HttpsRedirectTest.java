package dev.folio.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.folio.testing.LocalWebServer;
import dev.folio.testing.TestCertificate;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Redirects from a real HTTPS server on 127.0.0.1 (its certificate known to the client, verified as
 * always): to https they are followed, down to http never, and the http server is not even asked.
 */
@Timeout(60)
class HttpsRedirectTest {
    @TempDir
    Path dir;
    HttpsServer https;
    LocalWebServer http;
    HttpFetcher fetcher;

    @BeforeEach
    void start() throws Exception {
        TestCertificate certificate = TestCertificate.in(dir);
        http = new LocalWebServer();
        http.page("/plain.md", "text/markdown", "# over plain http");
        https = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        https.setHttpsConfigurator(new HttpsConfigurator(certificate.server()));
        https.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            switch (path) {
                case "/down" -> exchange.getResponseHeaders().set("Location", http.url("/plain.md").toString());
                case "/across" -> exchange.getResponseHeaders().set("Location", "/secure.md");
                default -> { }
            }
            if (exchange.getResponseHeaders().containsKey("Location")) {
                exchange.sendResponseHeaders(302, -1);
            } else {
                byte[] body = "# over https".getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "text/markdown; charset=utf-8");
                exchange.sendResponseHeaders(200, body.length);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(body);
                }
            }
            exchange.close();
        });
        https.start();
        fetcher = new HttpFetcher("folio/test", new FetchLimits(Duration.ofSeconds(10), 1 << 20), certificate.trustingClient());
    }

    @AfterEach
    void stop() {
        https.stop(0);
        http.close();
    }

    private URI secure(String path) {
        return URI.create("https://127.0.0.1:" + https.getAddress().getPort() + path);
    }

    @Test
    void aRedirectWithinHttpsIsFollowed() throws Exception {
        Response answer = fetcher.get(secure("/across"), Map.of(), Progress.NONE);
        assertEquals(200, answer.status());
        assertEquals(secure("/secure.md"), answer.url());
        assertEquals("# over https", new String(answer.body(), StandardCharsets.UTF_8));
    }

    @Test
    void aRedirectFromHttpsDownToHttpIsRefusedBeforeAnythingIsAsked() {
        WebException e = assertThrows(WebException.class, () -> fetcher.get(secure("/down"), Map.of(), Progress.NONE));
        assertEquals(WebException.Kind.REFUSED, e.kind());
        assertTrue(e.why().contains("refused a redirect from https to http"), e.why());
        assertEquals(0, http.requests().size(), "the plain-http server was never asked");
    }
}
