package dev.folio.html;

import java.net.URI;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Title, site, author and date of a page, from what pages commonly carry: Open Graph and
 * article meta tags, {@code <meta name=author>}, {@code rel=author}, {@code itemprop},
 * {@code <time datetime>}, and the {@code <title>} as the last resort (without its
 * {@code " | Site"} tail).
 */
record ReaderMetadata(String title, String site, String author, String date) {

    static ReaderMetadata of(Document page, URI url) {
        String site = first(meta(page, "og:site_name"), meta(page, "application-name"));
        String title = first(meta(page, "og:title"), meta(page, "twitter:title"), h1(page), titleTag(page, site));
        String author = first(meta(page, "author"), meta(page, "article:author"), meta(page, "parsely-author"),
                text(page.selectFirst("[rel=author]")), text(page.selectFirst("[itemprop=author] [itemprop=name]")),
                text(page.selectFirst("[itemprop=author]")), text(page.selectFirst(".byline .author, .author-name, .post-author, .entry-author, .author, .byline")));
        if (author.startsWith("http://") || author.startsWith("https://")) {
            author = ""; // article:author is often a profile address, not a name
        }
        author = author.replaceFirst("(?i)^by\\s+", "");
        String date = first(meta(page, "article:published_time"), meta(page, "datePublished"), meta(page, "date"),
                attr(page.selectFirst("[itemprop=datePublished]"), "content"), attr(page.selectFirst("[itemprop=datePublished]"), "datetime"),
                attr(page.selectFirst("article time[datetime], time[datetime]"), "datetime"),
                text(page.selectFirst(".post-meta .date, .entry-date, .published, .post-date")));
        if (site.isEmpty() && url != null && url.getHost() != null) {
            site = url.getHost().replaceFirst("^www\\.", "");
        }
        return new ReaderMetadata(clean(title), clean(site), clean(author), shortDate(clean(date)));
    }

    /** {@code 2024-03-05T10:00:00Z} reads as {@code 2024-03-05}. */
    private static String shortDate(String date) {
        return date.matches("\\d{4}-\\d{2}-\\d{2}T.*") ? date.substring(0, 10) : date;
    }

    private static String meta(Document page, String key) {
        for (String attr : List.of("property", "name", "itemprop")) {
            Element e = page.selectFirst("meta[" + attr + "=" + key + "]");
            if (e != null && !e.attr("content").isBlank()) {
                return e.attr("content");
            }
        }
        return "";
    }

    private static String h1(Document page) {
        List<Element> h1s = page.select("article h1, main h1, [itemprop=headline]");
        return h1s.size() >= 1 ? h1s.get(0).text() : "";
    }

    private static String titleTag(Document page, String site) {
        String t = page.title().strip();
        // "Post title | Site", "Post title – Site", "Post title - Site": keep the longer part before the separator.
        for (String sep : List.of(" | ", " – ", " — ", " - ", " :: ", " · ")) {
            int i = t.lastIndexOf(sep);
            if (i > 0) {
                String tail = t.substring(i + sep.length()).strip();
                if (!site.isEmpty() && tail.toLowerCase(Locale.ROOT).contains(site.toLowerCase(Locale.ROOT)) || tail.length() < i) {
                    return t.substring(0, i).strip();
                }
            }
        }
        return t;
    }

    private static String text(Element e) {
        return e == null ? "" : e.text();
    }

    private static String attr(Element e, String name) {
        return e == null ? "" : e.attr(name);
    }

    private static String first(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return "";
    }

    private static String clean(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
