package dev.folio.html;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import dev.folio.doc.Inline;
import dev.folio.layout.Layout;
import dev.folio.layout.LayoutOptions;
import dev.folio.layout.Line;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * How well the reader view of a test page keeps its article and drops the rest, measured against
 * the page's own marks: elements with {@code data-article} hold the article (minus anything inside
 * them marked {@code data-noise}), elements with {@code data-noise} hold what is not the article,
 * and {@code data-expect-src} names the absolute address an image must end up with.
 * <ul>
 *   <li>An <em>article fragment</em> is a run of text between block boundaries (a paragraph, a list
 *       item, a cell, a caption, a heading, text loose in a {@code div}); the reader view keeps it
 *       when the whole run appears in the view's text, white space collapsed.</li>
 *   <li>A <em>noise fragment</em> is one text node inside a {@code data-noise} element (with a letter:
 *       a number alone, like a vote count, names nothing; and not also in the article's own text, like a table of contents repeating the
 *       headings); it leaked when it appears in the view outside the front matter, as whole words.</li>
 * </ul>
 * The marks are read by jsoup here, independently of the reader, which never looks at them.
 */
record ArticleMeasure(List<String> article, List<String> missing, List<String> noise, List<String> leaked,
        List<String> expectedImages, List<String> images, int viewWords) {

    private static final Set<String> BLOCKS = Set.of("p", "li", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "td", "th",
            "figcaption", "caption", "dt", "dd", "summary", "blockquote", "div", "section", "article", "header", "footer",
            "figure", "ul", "ol", "dl", "table", "tr", "thead", "tbody", "main", "details", "picture", "noscript");

    static ArticleMeasure of(String html, HtmlDocument view) {
        Element page = Jsoup.parse(html);
        page.select("script, style").remove();
        List<String> article = new ArrayList<>();
        for (Element e : page.select("[data-article]")) {
            if (e.parent() != null && e.parent().closest("[data-article]") == null) {
                fragments(e, article);
            }
        }
        String articleText = " " + String.join(" ", article) + " ";
        List<String> noise = new ArrayList<>();
        for (Element e : page.select("[data-noise]")) {
            if (e.parent() != null && e.parent().closest("[data-noise]") != null) {
                continue; // counted with the outer mark
            }
            for (TextNode t : textNodes(e)) {
                String s = normal(t.getWholeText());
                if (s.codePoints().anyMatch(Character::isLetter) && !containsWords(articleText, s)) {
                    noise.add(s);
                }
            }
        }
        String withFrontMatter = text(view.document(), true);
        String body = text(view.document(), false);
        String shownWords = " " + wordsOnly(withFrontMatter) + " ";
        List<String> missing = article.stream().filter(a -> !shownWords.contains(" " + wordsOnly(a) + " ")).toList();
        List<String> leaked = noise.stream().filter(n -> containsWords(body, n)).toList();
        List<String> expected = page.select("[data-expect-src]").eachAttr("data-expect-src");
        List<String> images = new ArrayList<>();
        media(view.document().blocks(), images);
        return new ArticleMeasure(article, missing, noise, leaked, expected, images, words(withFrontMatter));
    }

    int articleWords() {
        return article.stream().mapToInt(ArticleMeasure::words).sum();
    }

    int keptWords() {
        return articleWords() - missing.stream().mapToInt(ArticleMeasure::words).sum();
    }

    int noiseWords() {
        return noise.stream().mapToInt(ArticleMeasure::words).sum();
    }

    int leakedWords() {
        return leaked.stream().mapToInt(ArticleMeasure::words).sum();
    }

    /** Runs of text between block boundaries, in document order, skipping what is marked noise. */
    private static void fragments(Element e, List<String> out) {
        StringBuilder run = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof Element c && c.hasAttr("data-noise")) {
                flush(run, out);
            } else if (n instanceof Element c && (BLOCKS.contains(c.tagName()) || c.selectFirst(String.join(",", BLOCKS)) != null)) {
                flush(run, out);
                fragments(c, out);
            } else if (n instanceof Element c) {
                run.append(c.wholeText());
            } else if (n instanceof TextNode t) {
                run.append(t.getWholeText());
            }
        }
        flush(run, out);
    }

    private static void flush(StringBuilder run, List<String> out) {
        String s = normal(run.toString());
        run.setLength(0);
        if (!s.isEmpty()) {
            out.add(s);
        }
    }

    private static List<TextNode> textNodes(Element e) {
        List<TextNode> all = new ArrayList<>();
        e.traverse((node, depth) -> {
            if (node instanceof TextNode t && !t.isBlank()) {
                all.add(t);
            }
        });
        return all;
    }

    /** The reader view's text as laid out (wide enough that no paragraph of the test pages wraps), with or without its front matter. */
    static String text(Document doc, boolean frontMatter) {
        List<Block> blocks = frontMatter ? doc.blocks() : doc.blocks().stream().filter(b -> !(b instanceof Block.FrontMatter)).toList();
        return " " + normal(Layout.of(new Document(blocks, doc.title()), LayoutOptions.of(1000)).lines().stream().map(Line::text)
                .collect(Collectors.joining(" "))) + " ";
    }

    /**
     * Only the letters and digits, in lower case, runs of anything else one space: how a fragment is
     * matched, so the view's own marks (a superscript's {@code ^(1)}, a table's rules, a list's bullet,
     * an alert's "Tip" for the page's "tip") do not count.
     */
    static String wordsOnly(String s) {
        return s.replaceAll("[^\\p{L}\\p{N}\\p{M}]+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }

    static String normal(String s) {
        return s.replace('\u00A0', ' ').replace("\u200B", "").replaceAll("\\s+", " ").strip();
    }

    /** {@code needle} in {@code hay} as whole words: not the "17" inside "2017", nor "Share" inside "Shared". */
    static boolean containsWords(String hay, String needle) {
        for (int at = hay.indexOf(needle); at >= 0; at = hay.indexOf(needle, at + 1)) {
            boolean startOk = at == 0 || !wordChar(hay.codePointBefore(at)) || !wordChar(needle.codePointAt(0));
            int end = at + needle.length();
            boolean endOk = end >= hay.length() || !wordChar(hay.codePointAt(end)) || !wordChar(needle.codePointBefore(needle.length()));
            if (startOk && endOk) {
                return true;
            }
        }
        return false;
    }

    /** A letter or digit of a script that separates words with spaces (a Han character is a word of its own). */
    private static boolean wordChar(int cp) {
        return Character.isLetterOrDigit(cp) && !ideographic(cp);
    }

    private static boolean ideographic(int cp) {
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
    }

    /** Words as a reader counts them: runs of letters and digits, and each Han or kana character. */
    static int words(String s) {
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (ideographic(cp)) {
                n++;
                inWord = false;
            } else if (Character.isLetterOrDigit(cp)) {
                if (!inWord) {
                    n++;
                }
                inWord = true;
            } else {
                inWord = false;
            }
            i += Character.charCount(cp);
        }
        return n;
    }

    private static void media(List<Block> blocks, List<String> out) {
        for (Block b : blocks) {
            if (b instanceof Block.Paragraph p) {
                inlines(p.content(), out);
            } else if (b instanceof Block.Heading h) {
                inlines(h.content(), out);
            } else if (b instanceof Block.Quote q) {
                media(q.children(), out);
            } else if (b instanceof Block.Alert a) {
                media(a.children(), out);
            } else if (b instanceof Block.Aligned a) {
                media(a.children(), out);
            } else if (b instanceof Block.ListBlock l) {
                l.items().forEach(i -> media(i.children(), out));
            } else if (b instanceof Block.Table t) {
                t.header().forEach(row -> row.forEach(cell -> inlines(cell, out)));
                t.body().forEach(row -> row.forEach(cell -> inlines(cell, out)));
            } else if (b instanceof Block.DefinitionList d) {
                d.definitions().forEach(def -> def.definitions().forEach(x -> media(x, out)));
            } else if (b instanceof Block.Details d) {
                media(d.children(), out);
            } else if (b instanceof Block.Footnotes f) {
                f.notes().forEach(x -> media(x.content(), out));
            }
        }
    }

    private static void inlines(List<Inline> inlines, List<String> out) {
        for (Inline i : inlines) {
            if (i instanceof Inline.Media m) {
                out.add(m.target());
            } else if (i instanceof Inline.Link l) {
                inlines(l.children(), out);
            } else if (i instanceof Inline.Styled s) {
                inlines(s.children(), out);
            }
        }
    }
}
