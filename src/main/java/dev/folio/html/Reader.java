package dev.folio.html;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import dev.folio.doc.Inline;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;

/**
 * The reader view of a web page: its article extracted ({@link ReaderContent}), converted into
 * folio's document model, with title, site, author and date in front matter. Links and images
 * are absolute (resolved against {@code url}, or the page's {@code <base href>}); links within the
 * page stay {@code #id}. The text is taken as it is: the layout neutralises any control character.
 */
public final class Reader {
    private Reader() {}

    /**
     * @param html the decoded page
     * @param url  the address it came from (after redirects), for relative links; may be null
     */
    public static HtmlDocument read(String html, URI url) {
        org.jsoup.nodes.Document page = Jsoup.parse(html, url == null ? "" : url.toString());
        ReaderMetadata meta = ReaderMetadata.of(page, url);
        Element article = ReaderContent.article(page);
        ReaderTabs.label(article);
        List<Block> blocks = new ReaderBlocks().blocks(article);
        String headingTitle = titleHeading(blocks, meta.title());
        if (headingTitle != null) {
            meta = new ReaderMetadata(headingTitle, meta.site(), meta.author(), meta.date());
        }
        blocks = withoutRepeatedTitle(blocks, meta.title());
        List<Block> all = new ArrayList<>();
        List<Block.Entry> entries = new ArrayList<>();
        add(entries, "title", meta.title());
        add(entries, "author", meta.author());
        add(entries, "date", meta.date());
        add(entries, "site", meta.site());
        if (!entries.isEmpty()) {
            all.add(new Block.FrontMatter(entries, 0));
        }
        all.addAll(blocks);
        return new HtmlDocument(new Document(all, meta.title()), meta.title(), meta.site(), meta.author(), meta.date());
    }

    private static void add(List<Block.Entry> entries, String key, String value) {
        if (!value.isBlank()) {
            entries.add(new Block.Entry(key, value));
        }
    }

    /** Between a page's title and the site's name in {@code og:title} / {@code <title>}: "Configuring caches | Burrow". */
    private static final java.util.regex.Pattern SITE_SEPARATOR = java.util.regex.Pattern.compile("\\s+[|\\-–—·:]{1,2}\\s+");

    /**
     * The article's first heading when the page's title is that heading and then the site's name
     * after a separator: the heading is the title without the site, which the front matter shows apart.
     */
    private static String titleHeading(List<Block> blocks, String title) {
        for (int i = 0; i < Math.min(3, blocks.size()); i++) {
            if (blocks.get(i) instanceof Block.Heading h && h.level() <= 2) {
                String heading = plain(h.content()).replaceAll("\\s+", " ").strip();
                String t = title.replaceAll("\\s+", " ").strip();
                if (!heading.isEmpty() && t.length() > heading.length() && t.toLowerCase(java.util.Locale.ROOT)
                        .startsWith(heading.toLowerCase(java.util.Locale.ROOT))
                        && SITE_SEPARATOR.matcher(t.substring(heading.length())).lookingAt()) {
                    return heading;
                }
            }
        }
        return null;
    }

    /** The article's own first heading usually repeats the title the front matter already shows. */
    private static List<Block> withoutRepeatedTitle(List<Block> blocks, String title) {
        for (int i = 0; i < Math.min(3, blocks.size()); i++) {
            if (blocks.get(i) instanceof Block.Heading h && h.level() <= 2 && normal(plain(h.content())).equals(normal(title))) {
                List<Block> rest = new ArrayList<>(blocks);
                rest.remove(i);
                return rest;
            }
        }
        return blocks;
    }

    private static String normal(String s) {
        return s.replaceAll("\\s+", " ").strip().toLowerCase(java.util.Locale.ROOT);
    }

    static String plain(List<Inline> inlines) {
        StringBuilder b = new StringBuilder();
        for (Inline i : inlines) {
            if (i instanceof Inline.Text t) {
                b.append(t.text());
            } else if (i instanceof Inline.Code c) {
                b.append(c.text());
            } else if (i instanceof Inline.Styled s) {
                b.append(plain(s.children()));
            } else if (i instanceof Inline.Link l) {
                b.append(plain(l.children()));
            } else if (i instanceof Inline.SoftBreak || i instanceof Inline.HardBreak) {
                b.append(' ');
            }
        }
        return b.toString();
    }
}
