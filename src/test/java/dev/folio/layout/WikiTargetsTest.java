package dev.folio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import dev.folio.doc.Inline;
import dev.folio.doc.MediaKind;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Wiki links as the layout shows them once it is told where their pages are. */
class WikiTargetsTest {
    private static final WikiTargets FOLDER = Map.of("wiki:Other", "Other.md", "wiki:pic.png", "../img/pic.png")::get;
    private static final WikiTargets WITH_MISSING = t -> t.equals("wiki:Missing%20Page") ? "" : FOLDER.file(t);

    private static Document doc(Inline... content) {
        return new Document(List.of(new Block.Paragraph(List.of(content), 1)), "");
    }

    private static Inline link(String target, String text) {
        return new Inline.Link(target, "", List.of(new Inline.Text(text)));
    }

    private static String text(Page page) {
        return String.join("\n", page.lines().stream().map(Line::text).toList());
    }

    @Test
    void anUnresolvedWikiLinkSaysSoInTheViewerAndInPrint() {
        Document d = doc(new Inline.Text("See "), link("wiki:Missing%20Page", "Missing Page"), new Inline.Text(" and "),
                link("wiki:Other", "Other"), new Inline.Text("."));
        Page viewer = Layout.of(d, LayoutOptions.of(80).withWiki(WITH_MISSING));
        assertTrue(text(viewer).replace('\u00A0', ' ').contains("Missing Page (no such page) and Other."), text(viewer));
        assertEquals(2, viewer.links().size(), "still a link: following it says why it cannot be followed");

        Page print = Layout.of(d, new LayoutOptions(80, LayoutOptions.LinkNotes.AFTER_BLOCK).withWiki(WITH_MISSING));
        String printed = text(print);
        assertTrue(printed.contains("(no such page)"), printed);
        assertTrue(printed.contains("[1] Other.md"), "the note names the page's file: " + printed);
        assertFalse(printed.contains("wiki:"), printed);
    }

    @Test
    void notLookedUpWikiLinksAreLinksWithoutANote() {
        Page page = Layout.of(doc(link("wiki:Missing%20Page", "Missing Page")), LayoutOptions.of(80));
        assertFalse(text(page).contains("no such page"), text(page));
    }

    @Test
    void anEmbeddedImageIsTheFileFoundElseTheNameBesideTheDocument() {
        Document d = doc(new Inline.Media(MediaKind.IMAGE, "wiki:pic.png", "pic.png"));
        Page found = Layout.of(d, LayoutOptions.of(80).withWiki(FOLDER));
        assertEquals("../img/pic.png", found.media().get(0).target());
        Page beside = Layout.of(d, LayoutOptions.of(80));
        assertEquals("pic.png", beside.media().get(0).target());
        assertFalse(text(beside).contains("wiki:"), text(beside));
    }
}
