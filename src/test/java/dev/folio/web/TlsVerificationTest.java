package dev.folio.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.sun.net.httpserver.HttpsConfigurator;
import com.sun.net.httpserver.HttpsServer;
import dev.folio.testing.TestCertificate;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import javax.net.ssl.SSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** A server on 127.0.0.1 with a self-signed certificate is refused: folio always verifies TLS. */
@Timeout(60)
class TlsVerificationTest {
    @TempDir
    Path dir;

    @Test
    void aSelfSignedCertificateIsATlsError() throws Exception {
        assumeTrue(Files.isExecutable(TestCertificate.keytool()), "no keytool in this JDK");
        SSLContext tls = TestCertificate.in(dir).server();
        HttpsServer server = HttpsServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setHttpsConfigurator(new HttpsConfigurator(tls));
        AtomicInteger served = new AtomicInteger();
        server.createContext("/", ex -> {
            served.incrementAndGet();
            byte[] body = "# secret".getBytes();
            ex.sendResponseHeaders(200, body.length);
            try (OutputStream out = ex.getResponseBody()) {
                out.write(body);
            }
        });
        server.start();
        try {
            HttpFetcher fetcher = new HttpFetcher("folio/test", new FetchLimits(Duration.ofSeconds(10), 1 << 20));
            URI url = URI.create("https://127.0.0.1:" + server.getAddress().getPort() + "/a.md");
            WebException e = assertThrows(WebException.class, () -> fetcher.get(url, Map.of(), Progress.NONE));
            assertEquals(WebException.Kind.REFUSED, e.kind());
            assertTrue(e.why().startsWith("TLS error: "), e.why());
            assertEquals(0, served.get(), "nothing was served over an unverified connection");
        } finally {
            server.stop(0);
        }
    }
}
