package dev.folio.html;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.Elements;

/**
 * Finds a page's article, in the spirit of Mozilla's Readability: everything that is never the
 * article goes first (scripts, styles, forms, navigation, banners, cookie notices, comments,
 * sidebars, share buttons, by tag, ARIA role, {@code hidden}, and class or id); then the article
 * is the page's {@code <article>} / {@code itemprop=articleBody} / {@code <main>} when it holds the
 * page's text, else the element whose paragraphs score highest (text length and commas, less for
 * link-heavy text) with its siblings that score well too.
 */
final class ReaderContent {
    private static final String NEVER_CONTENT = "script, style, noscript, template, form, button, input, select, textarea, "
            + "nav, aside, dialog, iframe, object, embed, canvas, link, meta, "
            + "[hidden], [aria-hidden=true], [role=navigation], [role=banner], [role=complementary], "
            + "[role=contentinfo], [role=dialog], [role=alertdialog], [role=search], [role=menu], [role=menubar]";

    /** Class and id words of what is not the article (Readability's list, with cookie and consent banners). */
    private static final Pattern UNLIKELY = Pattern.compile(
            "-ad-|\\bads?\\b|advert|agegate|banner|breadcrumb|combx|comment|community|consent|cookie|cover-wrap|disqus|"
                    + "extra|footer|gdpr|header|legends|masthead|menu|modal|newsletter|pagination|pager|popup|promo|related|"
                    + "remark|replies|rss|share|sharing|shoutbox|sidebar|skip|skyscraper|social|sponsor|subscribe|"
                    + "supplemental|toolbar|widget|yom-remote",
            Pattern.CASE_INSENSITIVE);
    /** Words that keep an element despite {@link #UNLIKELY}: {@code article-header}, {@code main-content}. */
    private static final Pattern MAYBE = Pattern.compile("article|body|column|content|main|shadow|entry|post-body|story",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIVE = Pattern.compile(
            "article|body|content|entry|hentry|h-entry|main|page|pagination|post|text|blog|story", Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATIVE = Pattern.compile(
            "-ad-|hidden|\\bhid\\b|banner|byline|combx|comment|com-|contact|dateline|footer|gdpr|masthead|meta|outbrain|"
                    + "promo|related|scroll|share|shoutbox|sidebar|skyscraper|sponsor|shopping|tags|tool|widget|cookie|consent",
            Pattern.CASE_INSENSITIVE);

    private ReaderContent() {}

    /** The article of {@code page} (which this changes: what is not content is removed from it). */
    static Element article(Document page) {
        Element body = page.body();
        rescueNoscriptImages(body);
        List<Element> never = new ArrayList<>();
        for (Element e : body.select(NEVER_CONTENT)) {
            if (!stays(e)) {
                never.add(e);
            }
        }
        removeAll(never);
        removeUnlikely(body);
        Element marked = questionAndAnswers(body);
        if (marked == null) {
            marked = marked(body);
        }
        Element article = marked != null ? marked : scored(body);
        removeConditionally(article);
        return article;
    }

    /**
     * What the never-content rules would take but the article needs: a tab panel the page hides
     * until its tab is chosen (code tabs on documentation sites), and a task list's check box.
     */
    private static boolean stays(Element e) {
        if (e.hasAttr("hidden") && e.attr("role").equalsIgnoreCase("tabpanel")) {
            return true;
        }
        return e.tagName().equals("input") && e.attr("type").equalsIgnoreCase("checkbox") && e.closest("li") != null;
    }

    /**
     * A lazy-loading page may give an image only inside {@code <noscript>}: such an image takes
     * the noscript's place, unless the noscript's parent already shows an image (the lazy one
     * the noscript repeats for browsers without scripts). Any other noscript content goes.
     */
    private static void rescueNoscriptImages(Element body) {
        Map<Element, List<Element>> byParent = new java.util.IdentityHashMap<>();
        for (Element noscript : body.select("noscript")) {
            Element parent = noscript.parent();
            if (parent != null && parent.closest("noscript") == null) {
                byParent.computeIfAbsent(parent, p -> new ArrayList<>()).add(noscript);
            }
        }
        for (Map.Entry<Element, List<Element>> entry : byParent.entrySet()) {
            Element parent = entry.getKey();
            boolean shown = false;
            for (Element img : parent.select("img")) {
                shown |= img.closest("noscript") == null;
            }
            if (shown) {
                continue;
            }
            // The parent's children rebuilt once, each noscript's images before it: inserting one by one
            // re-numbers every later sibling each time, which a page of thousands makes quadratic.
            java.util.Set<Node> rescued = identitySet(entry.getValue());
            List<Node> children = new ArrayList<>();
            for (Node n : parent.childNodes()) {
                if (rescued.contains(n)) {
                    for (Element img : ((Element) n).select("img")) {
                        children.add(img.clone());
                    }
                }
                children.add(n);
            }
            parent.empty();
            parent.appendChildren(children);
        }
    }

    /**
     * Removes every element of {@code doomed} from its parent, each parent's children rebuilt once:
     * jsoup's {@code remove()} re-numbers the later siblings, so removing thousands of siblings one
     * by one (a page of ten thousand ads in one {@code div}) would be quadratic.
     */
    static void removeAll(List<Element> doomed) {
        Map<Element, java.util.Set<Node>> byParent = new java.util.IdentityHashMap<>();
        for (Element e : doomed) {
            Element parent = e.parent();
            if (parent != null) {
                byParent.computeIfAbsent(parent, p -> identitySet(List.of())).add(e);
            }
        }
        for (Map.Entry<Element, java.util.Set<Node>> entry : byParent.entrySet()) {
            Element parent = entry.getKey();
            List<Node> kept = new ArrayList<>(parent.childNodeSize());
            for (Node n : parent.childNodes()) {
                if (!entry.getValue().contains(n)) {
                    kept.add(n);
                }
            }
            parent.empty();
            parent.appendChildren(kept);
        }
    }

    private static java.util.Set<Node> identitySet(List<? extends Node> nodes) {
        java.util.Set<Node> set = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        set.addAll(nodes);
        return set;
    }

    /**
     * Inside the article, short or link-heavy parts whose class says they are not text (bylines,
     * tags, share tools, "related" boxes) go; figures, code and tables always stay.
     */
    private static void removeConditionally(Element article) {
        List<Element> doomed = new ArrayList<>();
        for (Element e : article.getAllElements()) {
            if (e == article || KEEP_ALWAYS.contains(e.tagName()) || e.selectFirst("figure, img, pre, table") != null) {
                continue;
            }
            String words = e.className() + " " + e.id();
            if (words.isBlank() || !NEGATIVE.matcher(words).find() || POSITIVE.matcher(words).find()) {
                continue;
            }
            if (e.text().length() < 200 || linkDensity(e) > 0.5) {
                doomed.add(e);
            }
        }
        removeAll(doomed);
    }

    private static final java.util.Set<String> KEEP_ALWAYS = java.util.Set.of("figure", "img", "pre", "code", "table",
            "h1", "h2", "h3", "h4", "h5", "h6", "picture", "video", "audio");

    /**
     * Removes elements whose class or id says they are not content. Never the body, the page's
     * {@code main} or {@code article} or anything holding them (a layout wrapper named
     * {@code Layout--sidebarPosition-end} still holds the article), nor a heading (an anchor id
     * such as {@code sharing-one-cache} is the heading's own text). A "header" inside the article
     * is the article's header; its byline and tags go by {@link #NOT_ARTICLE}.
     */
    private static void removeUnlikely(Element root) {
        java.util.Set<Element> holders = holdersOfArticles(root);
        java.util.Set<Element> inArticles = insideArticles(root);
        java.util.Set<Element> articles = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        articles.addAll(root.select(ARTICLE_LIKE));
        List<Element> doomed = new ArrayList<>();
        for (Element e : root.getAllElements()) {
            String tag = e.tagName();
            if (e == root || holders.contains(e) || articles.contains(e) || tag.equals("a") || tag.equals("html") || HEADINGS.contains(tag)) {
                continue;
            }
            boolean inArticle = inArticles.contains(e);
            if ((tag.equals("header") || tag.equals("footer")) && !inArticle) {
                doomed.add(e); // a header or footer of the page (not of the article) is not the article either
                continue;
            }
            String words = e.className() + " " + e.id();
            if (words.isBlank()) {
                continue;
            }
            if (notArticle(e)) {
                doomed.add(e);
                continue;
            }
            String judged = inArticle ? ARTICLE_HEADER.matcher(words).replaceAll(" ") : words;
            if (UNLIKELY.matcher(judged).find() && !MAYBE.matcher(judged).find()) {
                doomed.add(e);
            }
        }
        removeAll(doomed);
    }

    private static final java.util.Set<String> HEADINGS = java.util.Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Pattern ARTICLE_HEADER = Pattern.compile("header", Pattern.CASE_INSENSITIVE);

    /**
     * Parts of an article's page that are never its text, named so by one whole class word or the
     * id, even where the word also says {@code post} or {@code entry} (which {@link #MAYBE} would
     * keep): bylines, meta lines, kickers (a section label over the headline), categories and tags, author boxes, votes and signatures of Q&A
     * posts, calls to action, share bars, edit links. ({@code category-radio} and {@code tag-tube}
     * are what WordPress puts on the post itself, so neither word alone is here.)
     */
    private static final Pattern NOT_ARTICLE = Pattern.compile(
            "(^|[-_])(byline|dateline|kicker|meta|meta-wrapper|categories|tags|taglist|tag-list|author-bio|author-box|"
                    + "about-author|user-info|user-details|signature|votecell|vote-count|voting-container|cta|cta-caption|"
                    + "button-wrap|button-wrapper|share|sharing|sharedaddy|edit-this-page|last-updated|reading-time)([-_]|$)",
            Pattern.CASE_INSENSITIVE);

    private static boolean notArticle(Element e) {
        for (String word : e.classNames()) {
            if (NOT_ARTICLE.matcher(word).find()) {
                return true;
            }
        }
        return !e.id().isEmpty() && NOT_ARTICLE.matcher(e.id()).find();
    }

    private static final String ARTICLE_LIKE = "article, main, [role=main], [itemprop=articleBody]";

    /** Every element inside a marked article (or being one), in one walk of the tree. */
    private static java.util.Set<Element> insideArticles(Element root) {
        java.util.Set<Element> inside = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        java.util.Set<Element> marks = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        marks.addAll(root.select(ARTICLE_LIKE));
        int[] open = {0};
        root.traverse(new org.jsoup.select.NodeVisitor() {
            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    if (marks.contains(e)) {
                        open[0]++;
                    }
                    if (open[0] > 0) {
                        inside.add(e);
                    }
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e && marks.contains(e)) {
                    open[0]--;
                }
            }
        });
        return inside;
    }

    /** Every element with a marked article inside: walking up stops at one already seen, so this is linear. */
    private static java.util.Set<Element> holdersOfArticles(Element root) {
        java.util.Set<Element> holders = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (Element a : root.select(ARTICLE_LIKE)) {
            for (Element p = a.parent(); p != null && holders.add(p); p = p.parent()) {
                // marked
            }
        }
        return holders;
    }

    /**
     * A question-and-answer page that says so (schema.org {@code QAPage} microdata, as Stack
     * Exchange sites publish it): the article is the question's text and each answer's, in the
     * page's order, a rule between them. Votes, signatures, comments under posts and the
     * sidebars are left out.
     */
    private static Element questionAndAnswers(Element body) {
        Element question = body.selectFirst("[itemtype~=(?i)schema\\.org/Question$]");
        if (question == null) {
            return null;
        }
        Element article = new Element("div");
        for (Element text : body.select("[itemprop=text]")) {
            Element post = text.parent() == null ? null : text.parent().closest("[itemtype~=(?i)schema\\.org/(Question|Answer)$]");
            if (post == null) {
                continue;
            }
            if (article.childrenSize() > 0) {
                article.appendElement("hr");
            }
            article.appendChild(text.clone());
        }
        if (article.childrenSize() == 0) {
            return null;
        }
        article.setBaseUri(body.baseUri());
        return article;
    }

    /** The element the page itself marks as its article, if it holds most of the page's text. */
    private static Element marked(Element body) {
        int pageText = body.text().length();
        for (String query : List.of("[itemprop=articleBody]", "article", "[role=main]", "main")) {
            Elements found = body.select(query);
            Element best = null;
            for (Element e : found) {
                if (best == null || e.text().length() > best.text().length()) {
                    best = e;
                }
            }
            if (best != null && best.text().length() >= 0.4 * pageText && best.text().length() > 0) {
                return best;
            }
        }
        return null;
    }

    private static Element scored(Element body) {
        Map<Element, Double> scores = new HashMap<>();
        for (Element p : body.select("p, pre, td, blockquote, li, div, section")) {
            String text = ownText(p);
            if (text.length() < 25) {
                continue;
            }
            double score = 1 + text.split("[,，、]", -1).length - 1 + Math.min(text.length() / 100, 3);
            Element parent = p.parent();
            if (parent == null) {
                continue;
            }
            scores.merge(parent, score, Double::sum);
            Element grand = parent.parent();
            if (grand != null) {
                scores.merge(grand, score / 2, Double::sum);
            }
        }
        Element top = null;
        double topScore = 0;
        for (Map.Entry<Element, Double> e : scores.entrySet()) {
            double s = (e.getValue() + classWeight(e.getKey())) * (1 - linkDensity(e.getKey()));
            if (top == null || s > topScore) {
                top = e.getKey();
                topScore = s;
            }
        }
        if (top == null || top == body) {
            return body;
        }
        // Siblings that score well, or are plain paragraphs, belong to the article too.
        Element parent = top.parent();
        if (parent == null) {
            return top;
        }
        double threshold = Math.max(10, topScore * 0.2);
        Element article = new Element("div");
        for (Element sibling : new ArrayList<>(parent.children())) {
            boolean keep = sibling == top;
            if (!keep) {
                double s = scores.getOrDefault(sibling, 0.0) + classWeight(sibling);
                keep = s * (1 - linkDensity(sibling)) >= threshold
                        || sibling.tagName().equals("p") && linkDensity(sibling) < 0.25 && sibling.text().length() > 80;
            }
            if (keep) {
                article.appendChild(sibling.clone());
            }
        }
        article.setBaseUri(body.baseUri()); // detached from the page, it would lose the address links resolve against
        return article;
    }

    /** Text directly in the element, not in child blocks: what a paragraph-like element says itself. */
    private static String ownText(Element e) {
        if (!e.tagName().equals("div") && !e.tagName().equals("section")) {
            return e.text();
        }
        StringBuilder b = new StringBuilder();
        for (Node n : e.childNodes()) {
            if (n instanceof TextNode t) {
                b.append(t.text());
            } else if (n instanceof Element c && isInline(c)) {
                b.append(c.text());
            }
        }
        return b.toString().strip();
    }

    static boolean isInline(Element e) {
        return switch (e.tagName()) {
            case "a", "abbr", "b", "bdi", "bdo", "cite", "code", "data", "del", "dfn", "em", "i", "ins", "kbd", "mark",
                 "q", "s", "samp", "small", "span", "strike", "strong", "sub", "sup", "time", "tt", "u", "var", "br",
                 "img", "picture", "wbr", "font", "big", "label" -> true;
            default -> false;
        };
    }

    private static double classWeight(Element e) {
        double w = 0;
        for (String s : new String[] {e.className(), e.id()}) {
            if (s.isEmpty()) {
                continue;
            }
            if (NEGATIVE.matcher(s).find()) {
                w -= 25;
            }
            if (POSITIVE.matcher(s).find()) {
                w += 25;
            }
        }
        return w;
    }

    private static double linkDensity(Element e) {
        int length = e.text().length();
        if (length == 0) {
            return 0;
        }
        int links = 0;
        for (Element a : e.select("a")) {
            links += a.text().length();
        }
        return (double) links / length;
    }
}
