package dev.folio.html;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.doc.Inline;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

/** One shape of page each, as ReaderRecallTest's pages showed the reader losing or keeping the wrong thing. */
class ReaderShapesTest {
    private static final URI AT = URI.create("https://site.example/a/page");
    private static final String FILL = "<p>Enough ordinary article text here, with commas, clauses, and length, so the page has a body.</p>";

    private static List<Block> blocks(String html) {
        return Reader.read(html, AT).document().blocks();
    }

    private static String text(String html) {
        return ArticleMeasure.text(Reader.read(html, AT).document(), true);
    }

    @Test
    void aTaskListKeepsItsCheckBoxes() {
        List<Block> b = blocks("<article>" + FILL + "<ul><li><input type=checkbox disabled checked> done</li>"
                + "<li><input type=checkbox disabled> open</li></ul></article>");
        Block.ListBlock list = (Block.ListBlock) b.stream().filter(x -> x instanceof Block.ListBlock).findFirst().orElseThrow();
        assertEquals(List.of(Block.Task.DONE, Block.Task.OPEN), list.items().stream().map(Block.ListItem::task).toList());
    }

    @Test
    void everyTabPanelShowsUnderItsLabelEvenTheHiddenOnes() {
        String t = text("<article>" + FILL + "<div><ul role=tablist><li role=tab>Python</li><li role=tab>Shell</li></ul>"
                + "<div><div role=tabpanel><pre>print(1)</pre></div><div role=tabpanel hidden><pre>echo 1</pre></div></div></div></article>");
        assertTrue(t.matches(".* Python ‹?.*print\\(1\\) .*Shell .*echo 1 .*"), t);
        assertFalse(t.contains("• Python"), "the row of tabs is gone: " + t);
    }

    @Test
    void anImageOnlyInNoscriptIsShownAndALazyOnesFallbackIsNotRepeated() {
        List<String> images = new java.util.ArrayList<>();
        String html = "<article>" + FILL + "<div><img data-src=/lazy.jpg alt=a><noscript><img src=/lazy.jpg alt=a></noscript></div>"
                + "<div><noscript><img src=/only.png alt=b><p>Turn on scripts</p></noscript></div></article>";
        ArticleMeasure m = ArticleMeasure.of(html, Reader.read(html, AT));
        assertEquals(List.of("https://site.example/lazy.jpg", "https://site.example/only.png"), m.images());
        assertFalse(text(html).contains("Turn on scripts"));
    }

    @Test
    void aLazyImageShowsItsRealSourceTheLargestOfItsSrcset() {
        String html = "<article>" + FILL + "<img src=/blur.jpg data-srcset='/s.jpg 640w, /l.jpg 1280w, /m.jpg 960w' alt=x>"
                + "<img srcset='/one.jpg 1x, /two.jpg 2x' alt=y></article>";
        ArticleMeasure m = ArticleMeasure.of(html, Reader.read(html, AT));
        assertEquals(List.of("https://site.example/l.jpg", "https://site.example/two.jpg"), m.images());
    }

    @Test
    void aHeadingsLinkToItselfIsNotItsText() {
        Block.Heading h = (Block.Heading) blocks("<article>" + FILL + "<h2 id=x>Setup<a class=headerlink href=#x>¶</a></h2>"
                + "<h2 id=y>Use<a href=#y>\u200B</a></h2>" + FILL + "</article>").stream()
                .filter(x -> x instanceof Block.Heading).findFirst().orElseThrow();
        assertEquals(List.of(new Inline.Text("Setup")), h.content());
    }

    @Test
    void admonitionsOfDocsSitesAreAlerts() {
        List<Block> b = blocks("<article>" + FILL
                + "<div class='theme-admonition theme-admonition-warning alert'><div class=admonitionHeading_x>warning</div>"
                + "<div class=admonitionContent_y><p>Mind the gap.</p></div></div>"
                + "<div class='admonition note'><p class=admonition-title>Before you start</p><p>Read this.</p></div></article>");
        List<Block> alerts = b.stream().filter(x -> x instanceof Block.Alert).toList();
        assertEquals(new Block.Alert(Block.AlertKind.WARNING, List.of(),
                List.of(new Block.Paragraph(List.of(new Inline.Text("Mind the gap.")), 0)), 0), alerts.get(0));
        assertEquals(new Block.Alert(Block.AlertKind.NOTE, List.of(new Inline.Text("Before you start")),
                List.of(new Block.Paragraph(List.of(new Inline.Text("Read this.")), 0)), 0), alerts.get(1));
    }

    @Test
    void aTablesCaptionLeadsIt() {
        String t = text("<article>" + FILL + "<table><caption>Fares in 2024</caption><tr><th>Zone</th><th>Fare</th></tr>"
                + "<tr><td>1</td><td>2.10</td></tr></table></article>");
        assertTrue(t.indexOf("Fares in 2024") >= 0 && t.indexOf("Fares in 2024") < t.indexOf("Zone"), t);
    }

    @Test
    void aWrapperNamedForItsSidebarStillHoldsTheArticle() {
        String t = text("<div class='Layout Layout--sidebarPosition-end'><div class=main-col><article>" + FILL
                + "</article></div><div class=sidebar><p>Stars and forks of this project, counted daily.</p></div></div>");
        assertTrue(t.contains("Enough ordinary article text"), t);
        assertFalse(t.contains("Stars and forks"), t);
    }

    @Test
    void aHeadingIsNeverTakenForWhatItsAnchorIdSays() {
        String t = text("<article>" + FILL + "<h2 id=sharing-one-cache>Sharing one cache</h2><h2 class=header-anchor-post>What changed</h2>"
                + FILL + "</article>");
        assertTrue(t.contains("Sharing one cache") && t.contains("What changed"), t);
    }

    @Test
    void bylinesTagsAndMetaGoEvenWhereTheClassAlsoSaysStoryOrPost() {
        String t = text("<div class=story-text>" + FILL + FILL + "<div class=story-byline>By Kim, 3 June</div>"
                + "<div class=story-tags>Topics: Ferries</div><div class='post-meta-wrapper'>Posted by Lee</div></div>");
        assertFalse(t.contains("By Kim") || t.contains("Topics") || t.contains("Posted by"), t);
        assertTrue(t.contains("Enough ordinary"), t);
    }

    @Test
    void aWordPressPostsOwnCategoryAndTagClassesDoNotDropIt() {
        String t = text("<div class='post-1 post type-post category-radio tag-tube hentry'>" + FILL + FILL + "</div>");
        assertTrue(t.contains("Enough ordinary"), t);
    }

    @Test
    void aQuestionPageIsItsQuestionAndAnswersWithoutVotesOrComments() {
        String q = "<div itemscope itemtype='https://schema.org/QAPage'><div itemprop=mainEntity itemscope itemtype='https://schema.org/Question'>"
                + "<div class=votecell><span>42</span><a>Save this question.</a></div><div itemprop=text><p>How do I proof overnight without it spreading?</p></div>"
                + "<div class=comments><span>Which flour?</span></div>"
                + "<div itemprop=acceptedAnswer itemscope itemtype='https://schema.org/Answer'><div itemprop=text><p>Shorten the bulk ferment first.</p></div>"
                + "<div class=user-info>answered by Odile</div></div></div></div>";
        List<Block> b = blocks(q);
        String t = text(q);
        assertTrue(t.contains("How do I proof overnight") && t.contains("Shorten the bulk"), t);
        assertFalse(t.contains("Save this") || t.contains("Which flour") || t.contains("answered by"), t);
        assertTrue(b.stream().anyMatch(x -> x instanceof Block.ThematicBreak), "a rule between question and answer: " + b);
    }

    @Test
    void theTitleLosesTheSiteNameItsHeadingDoesNotHave() {
        HtmlDocument doc = Reader.read("<meta property=og:title content=\"Configuring caches | Burrow\"><article><h1>Configuring caches</h1>" + FILL + "</article>", AT);
        assertEquals("Configuring caches", doc.title());
        assertTrue(doc.document().blocks().stream().noneMatch(x -> x instanceof Block.Heading), "the heading is the title now");
    }
}
