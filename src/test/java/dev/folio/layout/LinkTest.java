package dev.folio.layout;

import static dev.folio.layout.Docs.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Document;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Links: styled text carrying the link id, regions with every part, numbered notes in print. */
class LinkTest {
    private static Page withNotes(int width, Document doc) {
        return Layout.of(doc, new LayoutOptions(width, LayoutOptions.LinkNotes.AFTER_BLOCK));
    }

    @Test
    void aLinkIsARegionOverItsText() {
        Page page = layout(40, para(t("see "), link("b.md", t("the docs")), t(" now")));
        assertEquals(List.of("see the docs now"), lines(page));
        LinkRegion r = page.links().get(0);
        assertEquals(new LinkRegion(0, "b.md", "the docs", LinkRegion.Kind.LINK, List.of(new LinkRegion.Part(0, 4, 8))), r);
        Span span = page.lines().get(0).spans().get(1);
        assertEquals(Role.LINK, span.role());
        assertEquals(0, span.link());
        assertEquals("L1:5-12 -> b.md\n", PageText.regions(page));
    }

    @Test
    void theSpaceOfASoftBreakBeforeALinkIsNotPartOfIt() {
        Page page = layout(40, para(t("see"), new dev.folio.doc.Inline.SoftBreak(), link("b.md", t("docs"))));
        assertEquals(List.of("see docs"), lines(page));
        assertEquals(List.of(new LinkRegion.Part(0, 4, 4)), page.links().get(0).parts());
    }

    @Test
    void aWrappedLinkHasOnePartPerLine() {
        Page page = layout(12, para(t("read "), link("https://example.com/x", t("the whole manual today")), t(" ok")));
        assertEquals(List.of("read the", "whole manual", "today ok"), lines(page));
        assertEquals("L1:6-8,L2:1-12,L3:1-5 -> https://example.com/x\n", PageText.regions(page));
    }

    @Test
    void partsOfALinkInsideAQuoteCountTheBar() {
        Page page = layout(40, quote(para(t("a "), link("c.md", t("link")))));
        assertEquals(List.of(new LinkRegion.Part(0, 4, 4)), page.links().get(0).parts());
    }

    @Test
    void styledLinkTextKeepsItsMarksAndOneRegion() {
        Page page = layout(40, para(link("x.md", t("plain "), styled(dev.folio.doc.Inline.Decoration.STRONG, t("bold")))));
        assertEquals(1, page.links().size());
        assertEquals(List.of(new LinkRegion.Part(0, 0, 10)), page.links().get(0).parts());
        assertTrue(page.lines().get(0).spans().get(1).has(Span.STRONG));
    }

    @Test
    void aLinkWithoutTextShowsItsHostInShortForm() {
        Page page = layout(40, para(link("https://example.com")));
        assertEquals(List.of("↗ example.com"), lines(page));
        assertEquals("https://example.com", page.links().get(0).target());
    }

    @Test
    void printNotesNumberLinksAndListTargetsAfterTheBlock() {
        Page page = withNotes(40, doc(
                para(t("see "), link("https://a.example/", t("A")), t(" and "), link("https://b.example/", t("B"))),
                para(t("then "), link("https://c.example/", t("C")))));
        assertEquals(List.of(
                "see A[1] and B[2]",
                "[1] https://a.example/",
                "[2] https://b.example/",
                "",
                "then C[3]",
                "[3] https://c.example/"), lines(page));
        assertEquals(Role.LINK_REFERENCE, page.lines().get(1).spans().get(0).role());
        assertEquals(List.of(new LinkRegion.Part(0, 4, 1)), page.links().get(0).parts(), "the mark is not part of the link");
    }

    @Test
    void linksThatShowTheirTargetOrPointIntoThePageGetNoNote() {
        Page page = withNotes(60, doc(para(link("https://a.example/", t("https://a.example/")), t(" "),
                link("mailto:me@example.com", t("me@example.com")), t(" "), link("#intro", t("intro")))));
        assertEquals(List.of("https://a.example/ me@example.com intro"), lines(page));
    }

    @Test
    void aLongNoteTargetWrapsUnderItsNumber() {
        Page page = withNotes(20, doc(para(link("https://example.com/a/long/path", t("x")))));
        assertEquals(List.of("x[1]", "[1] https://example.", "    com/a/long/path"), lines(page));
    }

    @Test
    void aHostileTargetIsShownDefused() {
        Page page = withNotes(80, doc(para(link("https://x.example/\u202Egpj.exe\u001b]8;;", t("x")))));
        String note = page.lines().get(1).text();
        assertEquals("[1] https://x.example/<U+202E>gpj.exe\u241b]8;;", note);
        assertEquals("https://x.example/\u202Egpj.exe\u001b]8;;", page.links().get(0).target(), "the region keeps the raw target");
    }

    @Test
    void aTargetTheTextDisguisesGetsANoteEvenWhenTextAndTargetAreEqual() {
        String disguised = "photo_\u202Egnp.exe";
        Page page = withNotes(80, doc(para(link(disguised, t(disguised)))));
        assertEquals(List.of(disguised + "[1]", "[1] photo_<U+202E>gnp.exe"), lines(page));
    }
}
