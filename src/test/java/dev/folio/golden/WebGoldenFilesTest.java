package dev.folio.golden;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import dev.folio.layout.Layout;
import dev.folio.layout.LayoutOptions;
import dev.folio.layout.PageText;
import dev.folio.testing.LocalWebServer;
import dev.folio.web.FetchLimits;
import dev.folio.web.Fetched;
import dev.folio.web.HttpFetcher;
import dev.folio.web.Progress;
import dev.folio.web.WebDocuments;
import dev.folio.web.WebLoader;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The test site's pages as folio fetches and shows them (the reader view of the HTML pages, the
 * Markdown page with its links made absolute), at 40 and 80 columns, the server's port written
 * {@code PORT}; the pages ReaderRecallTest measures too. Regenerate with {@code mvn test -Dtest=WebGoldenFilesTest -Dgolden.update=true}
 * and review the diff.
 */
class WebGoldenFilesTest {
    private static final Path GOLDEN = Path.of("src/test/resources/golden/web");
    private static LocalWebServer server;

    @BeforeAll
    static void serve() throws IOException {
        server = new LocalWebServer()
                .page("/news/2024/bridges.html", "text/html; charset=utf-8", resource("article.html"))
                .page("/notes-on-sourdough", "text/html", resource("blog.html"))
                .page("/notes.md", "text/markdown; charset=utf-8", resource("notes.md"))
                .page("/docs/caches", "text/html; charset=utf-8", resource("docs-page.html"))
                .page("/2023/11/18/tube-radio/", "text/html", resource("zh-blog.html")) // GB18030, said only by <meta charset>
                .page("/p/repair-shop", "text/html; charset=utf-8", resource("essay.html"))
                .page("/tidewater/knot", "text/html; charset=utf-8", resource("readme.html"))
                .page("/transport/ferry-timetable", "text/html; charset=utf-8", resource("news-split.html"))
                .page("/questions/4821/why-does-my-sourdough-collapse", "text/html; charset=utf-8", resource("forum.html"))
                .page("/walks/salt-marsh", "text/html; charset=utf-8", resource("gallery.html"));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static byte[] resource(String name) throws IOException {
        try (InputStream in = WebGoldenFilesTest.class.getResourceAsStream("/dev/folio/web/site/" + name)) {
            return in.readAllBytes();
        }
    }

    static Stream<Arguments> pages() {
        Stream.Builder<Arguments> all = Stream.builder();
        String[][] pages = {{"/news/2024/bridges.html", "article"}, {"/notes-on-sourdough", "blog"}, {"/notes.md", "notes"},
            {"/docs/caches", "docs-page"}, {"/2023/11/18/tube-radio/", "zh-blog"}, {"/p/repair-shop", "essay"},
            {"/tidewater/knot", "readme"}, {"/transport/ferry-timetable", "news-split"},
            {"/questions/4821/why-does-my-sourdough-collapse", "forum"}, {"/walks/salt-marsh", "gallery"}};
        for (String[] page : pages) {
            for (int width : new int[] {40, 80}) {
                all.add(Arguments.of(page[0], page[1] + ".w" + width + ".txt", width));
            }
        }
        return all.build();
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("pages")
    void readerViewAsReviewed(String path, String golden, int width) throws Exception {
        HttpFetcher fetcher = new HttpFetcher("folio/test", new FetchLimits(Duration.ofSeconds(10), 1 << 20));
        Fetched fetched = new WebLoader(fetcher, null, null, Clock.systemUTC()).load(server.url(path), WebLoader.Mode.NORMAL, Progress.NONE);
        String actual = PageText.render(Layout.of(WebDocuments.of(fetched), LayoutOptions.of(width)))
                .replace("127.0.0.1:" + server.port(), "127.0.0.1:PORT");
        Path expected = GOLDEN.resolve(golden);
        if (Boolean.getBoolean("golden.update")) {
            Files.createDirectories(GOLDEN);
            Files.writeString(expected, actual, StandardCharsets.UTF_8);
        } else if (!Files.exists(expected)) {
            fail("no golden file " + expected + ": write it with -Dgolden.update=true and review it");
        }
        assertEquals(Files.readString(expected, StandardCharsets.UTF_8), actual, golden);
    }
}
