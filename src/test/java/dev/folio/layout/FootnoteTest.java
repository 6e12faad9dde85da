package dev.folio.layout;

import static dev.folio.layout.Docs.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.folio.doc.Block;
import dev.folio.doc.Inline;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Footnote marks link to their note; notes link back; both ends have anchors. */
class FootnoteTest {
    private static Block.Footnotes notes(String... texts) {
        List<Block.Footnote> list = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            list.add(new Block.Footnote("n" + (i + 1), i + 1, List.of(para(texts[i]))));
        }
        return new Block.Footnotes(list, 1);
    }

    @Test
    void aMarkIsASuperscriptLinkToItsNote() {
        Page page = layout(30, para(t("claim"), new Inline.FootnoteRef("src", 1)), notes("The source."));
        assertEquals(List.of("claim¹", "", "──────────────────────────────", "1. The source. ↩"), lines(page));
        Span mark = page.lines().get(0).spans().get(1);
        assertEquals(Role.FOOTNOTE_REF, mark.role());
        LinkRegion ref = page.links().get(mark.link());
        assertEquals(LinkRegion.Kind.FOOTNOTE, ref.kind());
        assertEquals("#fn-1", ref.target());
        assertEquals(List.of(new LinkRegion.Part(0, 5, 1)), ref.parts());
    }

    @Test
    void bothEndsHaveAnchorsAndTheNoteLinksBack() {
        Page page = layout(30, para(t("claim"), new Inline.FootnoteRef("src", 1)), notes("The source."));
        assertEquals(0, page.anchors().get("fnref-1"));
        assertEquals(3, page.anchors().get("fn-1"));
        LinkRegion back = page.links().get(1);
        assertEquals("#fnref-1", back.target());
        assertEquals(List.of(new LinkRegion.Part(3, 15, 1)), back.parts());
        assertEquals(Role.FOOTNOTE_LABEL, page.lines().get(3).spans().get(0).role());
    }

    @Test
    void labelsAreRightAlignedAndTextHangs() {
        String[] texts = new String[10];
        for (int i = 0; i < 10; i++) {
            texts[i] = "note " + (i + 1);
        }
        List<String> shown = lines(layout(30, notes(texts)));
        assertEquals(" 1. note 1 ↩", shown.get(1));
        assertEquals("10. note 10 ↩", shown.get(10));
    }

    @Test
    void aNoteEndingInNonParagraphGetsTheBackLinkOnItsOwnLine() {
        Block.Footnotes fn = new Block.Footnotes(List.of(new Block.Footnote("c", 1, List.of(code("", "x = 1")))), 1);
        assertEquals(List.of("──────────", "1. x = 1", "   ↩"), lines(layout(10, fn)));
    }
}
