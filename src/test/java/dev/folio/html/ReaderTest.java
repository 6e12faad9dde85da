package dev.folio.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.doc.Inline;
import dev.folio.doc.MediaKind;
import dev.folio.layout.Layout;
import dev.folio.layout.LayoutOptions;
import dev.folio.layout.Line;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

/**
 * The reader view of pages written like real ones (a news article with navigation, a cookie
 * banner, ads, a sidebar and comments; an old blog without {@code <article>}): every paragraph of
 * the article is there, nothing around it is.
 */
class ReaderTest {
    private static final URI NEWS = URI.create("https://courier.example/news/2024/bridges.html");
    private static final URI BLOG = URI.create("http://crumb.example/notes-on-sourdough");

    static String page(String name, Charset charset) throws IOException {
        try (InputStream in = ReaderTest.class.getResourceAsStream("/dev/folio/web/site/" + name)) {
            return new String(in.readAllBytes(), charset);
        }
    }

    /** The words of the reader view as laid out, one space between them. */
    private static String text(HtmlDocument doc) {
        return Layout.of(doc.document(), LayoutOptions.of(200)).lines().stream().map(Line::text)
                .collect(Collectors.joining(" ")).replaceAll("\\s+", " ");
    }

    private static String words(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    /** The text of every block of the page's article, as the test (not folio) finds it. */
    private static List<String> articleTexts(String html, String articleSelector, String... excluded) {
        Element article = Jsoup.parse(html).selectFirst(articleSelector);
        for (String x : excluded) {
            article.select(x).remove();
        }
        List<String> texts = new ArrayList<>();
        for (Element e : article.select("p, li, h2, h3, td, th, pre, figcaption")) {
            if (!e.text().isBlank()) {
                texts.add(words(e.text()));
            }
        }
        return texts;
    }

    @Test
    void theNewsArticleKeepsAllItsTextAndNothingAroundIt() throws IOException {
        String html = page("article.html", StandardCharsets.UTF_8);
        HtmlDocument doc = Reader.read(html, NEWS);
        String text = text(doc);
        List<String> expected = articleTexts(html, "article", ".share-tools", "aside", ".article-footer", ".kicker", ".byline", "td");
        assertTrue(expected.size() > 12, "the test page has an article: " + expected);
        for (String t : expected) {
            assertTrue(text.contains(t), "article text kept: " + t + "\nin: " + text);
        }
        for (String noise : List.of("cookies", "Accept all", "Sport", "Weather", "Search the Courier", "garden furniture",
                "Share on Social", "Most read", "car park", "Subscribe", "Comments (2)", "grandfather", "First!",
                "All rights reserved", "Privacy", "Skip to content", "Ten walks", "Tags:", "dataLayer", "font-family")) {
            assertFalse(text.contains(noise), "not the article: " + noise + "\nin: " + text);
        }
    }

    @Test
    void theNewsArticlesMetadataLeadsAsFrontMatter() throws IOException {
        HtmlDocument doc = Reader.read(page("article.html", StandardCharsets.UTF_8), NEWS);
        assertEquals("How the river towns kept their bridges", doc.title());
        assertEquals("The Valley Courier", doc.site());
        assertEquals("Maria Okafor", doc.author());
        assertEquals("2024-03-05", doc.date());
        Block first = doc.document().blocks().get(0);
        assertEquals(new Block.FrontMatter(List.of(new Block.Entry("title", doc.title()), new Block.Entry("author", "Maria Okafor"),
                new Block.Entry("date", "2024-03-05"), new Block.Entry("site", "The Valley Courier")), 0), first);
        assertEquals(doc.title(), doc.document().title());
        long h1 = doc.document().blocks().stream().filter(b -> b instanceof Block.Heading h && h.level() == 1).count();
        assertEquals(0, h1, "the article's h1 repeats the title, which the front matter shows");
    }

    @Test
    void linksAndImagesAreAbsoluteAndInPageLinksStayAnchors() throws IOException {
        HtmlDocument doc = Reader.read(page("article.html", StandardCharsets.UTF_8), NEWS);
        List<String> targets = new ArrayList<>();
        collect(doc.document().blocks(), targets);
        assertTrue(targets.contains("IMAGE https://courier.example/news/2024/images/old-bridge.jpg"), targets.toString());
        assertTrue(targets.contains("LINK https://courier.example/archive/ledger-transcription.md"), targets.toString());
        assertTrue(targets.contains("LINK #costs"), targets.toString());
        assertTrue(targets.contains("LINK https://records.example.org/wend"), targets.toString());
        List<String> anchors = doc.document().blocks().stream().filter(b -> b instanceof Block.Heading)
                .map(b -> ((Block.Heading) b).anchor()).toList();
        assertEquals(List.of("ledger", "costs", "reading-the-ledger-yourself"), anchors);
    }

    @Test
    void codeKeepsItsLinesAndLanguageAndTheTableItsShape() throws IOException {
        HtmlDocument doc = Reader.read(page("article.html", StandardCharsets.UTF_8), NEWS);
        Block.CodeBlock code = (Block.CodeBlock) doc.document().blocks().stream().filter(b -> b instanceof Block.CodeBlock)
                .findFirst().orElseThrow();
        assertEquals("sql", code.info());
        assertEquals("SELECT year, bridge, cost\n  FROM repairs\n WHERE cause = 'flood'\n ORDER BY year;", code.text());
        Block.Table table = (Block.Table) doc.document().blocks().stream().filter(b -> b instanceof Block.Table)
                .findFirst().orElseThrow();
        assertEquals(List.of(Block.Alignment.DEFAULT, Block.Alignment.RIGHT, Block.Alignment.RIGHT), table.alignments());
        assertEquals(3, table.body().size());
        assertEquals(List.of(new Inline.Text("Wendover Ford")), table.body().get(1).get(0));
    }

    @Test
    void theOldBlogWithoutArticleTagIsFoundByScoring() throws IOException {
        String html = page("blog.html", Charset.forName("windows-1252"));
        HtmlDocument doc = Reader.read(html, BLOG);
        String text = text(doc);
        for (String t : articleTexts(html, ".post-body")) {
            assertTrue(text.contains(t), "article text kept: " + t + "\nin: " + text);
        }
        assertTrue(text.contains("Café owners"), text);
        for (String noise : List.of("Archives", "December 2023", "Blogroll", "uses cookies", "Great post", "14 responses",
                "Powered by", "Filed under", "Contact")) {
            assertFalse(text.contains(noise), "not the article: " + noise + "\nin: " + text);
        }
        assertEquals("Notes on sourdough starters", doc.title());
        assertEquals("crumb.example", doc.site());
        assertEquals("Jo Lindqvist", doc.author());
        List<String> targets = new ArrayList<>();
        collect(doc.document().blocks(), targets);
        assertTrue(targets.contains("IMAGE http://crumb.example/img/starter-day7.jpg"), "lazy image's real source: " + targets);
    }

    @Test
    void aPageWithoutStructureStillShowsItsText() {
        HtmlDocument doc = Reader.read("<p>Just one line of text.</p>", URI.create("https://x.example/"));
        List<dev.folio.doc.Block> blocks = doc.document().blocks();
        assertEquals(new Block.FrontMatter(List.of(new Block.Entry("site", "x.example")), 0), blocks.get(0));
        assertEquals(new Block.Paragraph(List.of(new Inline.Text("Just one line of text.")), 0), blocks.get(1));
        assertEquals(2, blocks.size());
    }

    @Test
    void scriptsAndStylesNeverShowEvenInsideTheArticle() {
        HtmlDocument doc = Reader.read("<article><p>Real text here that matters.</p><script>alert('x')</script>"
                + "<style>p{}</style><noscript>Enable JS</noscript><form><input value=secret></form></article>", null);
        String text = text(doc);
        assertTrue(text.contains("Real text here"));
        assertFalse(text.contains("alert") || text.contains("p{}") || text.contains("Enable JS") || text.contains("secret"), text);
    }

    @Test
    void javascriptLinksKeepTheirTextButLoseTheTarget() {
        HtmlDocument doc = Reader.read("<p>Click <a href=\"javascript:evil()\">here</a> now.</p>", URI.create("https://x.example/"));
        List<String> targets = new ArrayList<>();
        collect(doc.document().blocks(), targets);
        assertEquals(List.of(), targets);
        assertTrue(text(doc).contains("Click here now."));
    }

    @Test
    void deeplyNestedPagesKeepTheirTextWithoutOverflowingTheStack() {
        int n = 5_000; // past every nesting limit of the reader; jsoup itself slows down beyond it (quadratic)
        String inline = "<p>" + "<b>".repeat(n) + "deep inline" + "</b>".repeat(n) + "</p>";
        String blocks = "<div>".repeat(n) + "<p>deep block</p>" + "</div>".repeat(n);
        String text = text(Reader.read("<article>" + inline + blocks + "</article>", null));
        assertTrue(text.contains("deep inline"), text);
        assertTrue(text.contains("deep block"), text);
    }

    private static void collect(List<Block> blocks, List<String> out) {
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                collectInline(p.content(), out);
            } else if (b instanceof Block.Heading h) {
                collectInline(h.content(), out);
            } else if (b instanceof Block.Quote q) {
                collect(q.children(), out);
            } else if (b instanceof Block.ListBlock l) {
                l.items().forEach(i -> collect(i.children(), out));
            }
        }
    }

    private static void collectInline(List<Inline> inlines, List<String> out) {
        for (Inline i : inlines) {
            if (i instanceof Inline.Link l) {
                out.add("LINK " + l.target());
                collectInline(l.children(), out);
            } else if (i instanceof Inline.Media m) {
                out.add((m.kind() == MediaKind.SVG ? "SVG " : "IMAGE ") + m.target());
            } else if (i instanceof Inline.Styled s) {
                collectInline(s.children(), out);
            }
        }
    }
}
