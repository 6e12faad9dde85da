package dev.folio.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Document;
import dev.folio.image.AnsiBlocks;
import dev.folio.image.CellSize;
import dev.folio.image.ImageInfo;
import dev.folio.image.ImageLimits;
import dev.folio.image.Images;
import dev.folio.image.Protocol;
import dev.folio.layout.ImageSizes;
import dev.folio.testing.LocalWebServer;
import dev.folio.testing.Markdown;
import dev.folio.web.FetchLimits;
import dev.folio.web.HttpFetcher;
import dev.folio.web.WebCache;
import dev.folio.web.WebLoader;
import dev.folio.web.WebSession;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** Remote images come through the web client, its limits and its cache, from a server on 127.0.0.1. */
@Timeout(30)
class FetchedImagesTest {
    private final LocalWebServer server = new LocalWebServer();
    @TempDir
    Path dir;

    @AfterEach
    void stop() {
        server.close();
    }

    private WebSession session(long maxBytes, Duration timeout) {
        HttpFetcher fetcher = new HttpFetcher("folio-test", new FetchLimits(timeout, maxBytes));
        return new WebSession(new WebLoader(fetcher, new WebCache(dir.resolve("cache"), 10 << 20), null, Clock.systemUTC()));
    }

    private static byte[] png(int w, int h) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB), "png", out);
        return out.toByteArray();
    }

    private Document article() {
        String md = "# Remote\n\n![chart](" + server.url("/chart.png") + ")\n\n"
                + "![gone](" + server.url("/gone.png") + ")\n\n"
                + "![page](" + server.url("/page.html") + ")\n\n"
                + "* in a list: ![huge](" + server.url("/huge.png") + ")\n\n"
                + "| a | b |\n|---|---|\n| ![cell](" + server.url("/chart.png?in-a-cell") + ") | x |\n\n"
                + "![local](img/local.png)\n";
        return Markdown.parse(md);
    }

    @Test
    void aSlowImageIsGivenUpAfterTheTimeout() throws Exception {
        server.route("/slow.png", ex -> {
            try {
                Thread.sleep(3000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            LocalWebServer.send(ex, 200, "image/png", new byte[10]);
        });
        FetchedImages fetched = new FetchedImages(session(100_000, Duration.ofMillis(300)));
        fetched.fetchAll(Markdown.parse("![slow](" + server.url("/slow.png") + ")\n"));
        assertTrue(fetched.failure(server.url("/slow.png").toString()).isPresent(), "over the timeout");
        assertFalse(fetched.copy(server.url("/slow.png").toString()).isPresent());
    }

    @Test
    void imagesAreFetchedWithTheClientsLimitsAndTheirFailuresBecomeReasons() throws Exception {
        byte[] chart = png(40, 12);
        server.route("/chart.png", ex -> {
            ex.getResponseHeaders().add("Cache-Control", "max-age=3600");
            LocalWebServer.send(ex, 200, "image/png", chart);
        });
        server.page("/page.html", "text/html", "<html><body>not a picture</body></html>");
        server.page("/huge.png", "image/png", new byte[300_000]);
        FetchedImages fetched = new FetchedImages(session(100_000, Duration.ofSeconds(5)));
        Document doc = article();
        assertEquals(5, FetchedImages.targets(doc).size(), "the local image is not fetched: " + FetchedImages.targets(doc));

        fetched.fetchAll(doc);
        Images images = new Images(ImageLimits.DEFAULT, CellSize.ASSUMED, fetched);
        Path copy = fetched.copy(server.url("/chart.png").toString()).orElseThrow(
                () -> new AssertionError(fetched.failure(server.url("/chart.png").toString())));
        ImageInfo info = images.info(copy);
        assertEquals(40, info.width());
        assertEquals(12, info.height());
        assertTrue(fetched.failure(server.url("/gone.png").toString()).orElseThrow().contains("404"));
        assertTrue(fetched.failure(server.url("/page.html").toString()).orElseThrow().contains("not an image"));
        assertTrue(fetched.failure(server.url("/huge.png").toString()).isPresent(), "over --max-size");
        assertTrue(fetched.copy(server.url("/chart.png?in-a-cell").toString()).isPresent(), "images in table cells too");

        // The layout gets a box for the fetched image and the reason for the others.
        DocumentImages sizes = new DocumentImages(images.files(dir), images, 10, Protocol.BLOCKS, AnsiBlocks.Depth.TRUE_COLOR);
        assertTrue(sizes.of(server.url("/chart.png").toString(), 60) instanceof ImageSizes.Cells);
        ImageSizes.Answer gone = sizes.of(server.url("/gone.png").toString(), 60);
        assertTrue(gone instanceof ImageSizes.Refused r && r.reason().contains("404"), gone.toString());

        // Asked again (another document with the same image, or the next run), nothing is fetched again.
        int asked = server.requests().size();
        fetched.fetchAll(doc);
        assertEquals(asked, server.requests().size(), "known within the run, failures too");
        FetchedImages nextRun = new FetchedImages(session(100_000, Duration.ofSeconds(5)));
        nextRun.fetchAll(Markdown.parse("![chart](" + server.url("/chart.png") + ")\n"));
        assertEquals(asked, server.requests().size(), "the web cache's fresh copy");
        assertTrue(nextRun.copy(server.url("/chart.png").toString()).isPresent());
        assertFalse(nextRun.copy(server.url("/gone.png").toString()).isPresent());
    }
}
