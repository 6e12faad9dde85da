package dev.folio.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/**
 * Recall and precision of the reader view on test pages written like real kinds of pages, each
 * marking its own article and noise ({@link ArticleMeasure}): every fragment of the article is
 * kept, no noise fragment is, every image ends up once with its real (not lazy placeholder)
 * address. The table of figures in docs/benchmarks.md comes from here: regenerate it with
 * {@code -Ddocs.update=true} and review the diff.
 */
class ReaderRecallTest {
    /** One test page: its file under dev/folio/web/site, how it is encoded, the address it is read as. */
    record Page(String file, String kind, Charset charset, URI url) {
        @Override
        public String toString() {
            return file;
        }
    }

    static final List<Page> PAGES = List.of(
            new Page("article.html", "news article (cookie banner, ads, sidebar, comments)", StandardCharsets.UTF_8,
                    URI.create("https://courier.example/news/2024/bridges.html")),
            new Page("blog.html", "old blog, no article tag (windows-1252)", Charset.forName("windows-1252"),
                    URI.create("http://crumb.example/notes-on-sourdough")),
            new Page("docs-page.html", "docs site (sidebar, table of contents, tabs, admonitions)", StandardCharsets.UTF_8,
                    URI.create("https://burrow.example/docs/caches")),
            new Page("zh-blog.html", "Chinese WordPress post (GB18030)", Charset.forName("GB18030"),
                    URI.create("http://notes.example/2023/11/18/tube-radio/")),
            new Page("essay.html", "newsletter essay (subscribe boxes, footnotes)", StandardCharsets.UTF_8,
                    URI.create("https://fieldnotes.example/p/repair-shop")),
            new Page("readme.html", "repository README (file list, task list)", StandardCharsets.UTF_8,
                    URI.create("https://code.example/tidewater/knot")),
            new Page("news-split.html", "news story split across divs with ads", StandardCharsets.UTF_8,
                    URI.create("https://gazette.example/transport/ferry-timetable")),
            new Page("forum.html", "Q&A thread (question and answers)", StandardCharsets.UTF_8,
                    URI.create("https://baking.example/questions/4821/why-does-my-sourdough-collapse")),
            new Page("gallery.html", "photo post (lazy images, picture, noscript)", StandardCharsets.UTF_8,
                    URI.create("https://lowtide.example/walks/salt-marsh")));

    private static final Path DOCS = Path.of("docs/benchmarks.md");
    private static final String START = "<!-- reader-recall:start (ReaderRecallTest, -Ddocs.update=true) -->";
    private static final String END = "<!-- reader-recall:end -->";

    static String html(Page p) throws IOException {
        try (InputStream in = ReaderRecallTest.class.getResourceAsStream("/dev/folio/web/site/" + p.file())) {
            return new String(in.readAllBytes(), p.charset());
        }
    }

    static ArticleMeasure measure(Page p) throws IOException {
        String html = html(p);
        return ArticleMeasure.of(html, Reader.read(html, p.url()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void everyFragmentOfTheArticleIsKeptAndNoNoise(Page p) throws IOException {
        String html = html(p);
        HtmlDocument view = Reader.read(html, p.url());
        ArticleMeasure m = ArticleMeasure.of(html, view);
        assertTrue(m.article().size() >= 8, "the page marks an article: " + m.article());
        assertTrue(m.noise().size() >= 8, "the page marks noise around it: " + m.noise());
        String shown = ArticleMeasure.text(view.document(), true);
        assertEquals(List.of(), m.missing(), "article text lost; the view:\n" + shown);
        assertEquals(List.of(), m.leaked(), "noise kept; the view:\n" + shown);
        for (String src : m.expectedImages()) {
            assertEquals(1, Collections.frequency(m.images(), src), "image " + src + " once, in " + m.images());
        }
    }

    static List<Page> pages() {
        return PAGES;
    }

    @Test
    void theFiguresInTheDocsAreThisMeasure() throws IOException {
        StringBuilder table = new StringBuilder();
        table.append("| page | kind | article words | kept | noise words on the page | noise kept | words in the view |\n");
        table.append("|---|---|--:|--:|--:|--:|--:|\n");
        int article = 0;
        int kept = 0;
        int noise = 0;
        int leaked = 0;
        for (Page p : PAGES) {
            ArticleMeasure m = measure(p);
            table.append("| `").append(p.file()).append("` | ").append(p.kind()).append(" | ").append(m.articleWords())
                    .append(" | ").append(m.keptWords()).append(" | ").append(m.noiseWords()).append(" | ").append(m.leakedWords())
                    .append(" | ").append(m.viewWords()).append(" |\n");
            article += m.articleWords();
            kept += m.keptWords();
            noise += m.noiseWords();
            leaked += m.leakedWords();
        }
        table.append("| all | | ").append(article).append(" | ").append(kept).append(" | ").append(noise).append(" | ")
                .append(leaked).append(" | |\n");
        System.out.print(table);
        String docs = Files.readString(DOCS, StandardCharsets.UTF_8);
        int from = docs.indexOf(START);
        int to = docs.indexOf(END);
        if (from < 0 || to < from) {
            fail(DOCS + " has no " + START + " … " + END + " section");
        }
        String updated = docs.substring(0, from + START.length()) + "\n" + table + docs.substring(to);
        if (Boolean.getBoolean("docs.update")) { // mvn test -Ddocs.update=true rewrites the table; review the diff
            Files.writeString(DOCS, updated, StandardCharsets.UTF_8);
            docs = updated;
        }
        assertEquals(updated, docs, "the reader-recall table in " + DOCS + " (regenerate with -Ddocs.update=true)");
    }
}
