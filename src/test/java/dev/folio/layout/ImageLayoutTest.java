package dev.folio.layout;

import static dev.folio.layout.Docs.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.doc.Inline;
import dev.folio.doc.MediaKind;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A drawable image gets a box of blank lines of its size above its caption; the rest stays as it was. */
class ImageLayoutTest {
    /** Every image 12 columns by 3 rows, shrunk to the room, the way the image package fits one. */
    private static final ImageSizes TWELVE_BY_THREE = (target, room) ->
            target.startsWith("https:") ? ImageSizes.Answer.TEXT_ONLY
                    : target.startsWith("missing") ? new ImageSizes.Refused(target + ": no such file")
                    : new ImageSizes.Cells(Math.min(12, room), 3);

    private static Page layout(int width, Block... blocks) {
        return Layout.of(doc(blocks), LayoutOptions.of(width).withImages(TWELVE_BY_THREE));
    }

    @Test
    void theBoxStandsAboveTheCaptionAtItsSize() {
        Page page = layout(40, para("before"), para(media(MediaKind.IMAGE, "img/a.png", "A chart")), para("after"));
        assertEquals(List.of("before", "", "            ", "            ", "            ", "▣ A chart — img/a.png", "", "after"),
                lines(page));
        MediaItem item = page.media().get(0);
        assertEquals(new ImageBox(2, 0, 12, 3), item.box());
        assertEquals(5, item.line(), "the item's line is still its caption");
        for (int line = 2; line < 5; line++) {
            assertEquals(Role.IMAGE, page.lines().get(line).spans().get(0).role());
        }
    }

    @Test
    void withoutSizesNothingChanges() {
        Page page = Layout.of(doc(para(media(MediaKind.IMAGE, "img/a.png", "A chart"))), LayoutOptions.of(40));
        assertEquals(List.of("▣ A chart — img/a.png"), lines(page));
        assertEquals(ImageBox.NONE, page.media().get(0).box());
    }

    @Test
    void aRemoteImageOrAudioKeepsItsTextLine() {
        Page page = layout(40, para(media(MediaKind.IMAGE, "https://example.com/a.png", "web")),
                para(media(MediaKind.AUDIO, "a.mp3", "song")));
        assertEquals(List.of("▣ web — https://example.com/a.png", "", "♫ song — a.mp3"), lines(page));
    }

    @Test
    void aMissingImageShowsItsCaptionAndTheReason() {
        Page page = layout(40, para(media(MediaKind.IMAGE, "missing.png", "A chart")), para("after"));
        assertEquals(List.of("▣ A chart — missing.png", "missing.png: no such file", "", "after"), lines(page));
        assertEquals(Role.MEDIA_NOTE, page.lines().get(1).spans().get(0).role());
        assertEquals(ImageBox.NONE, page.media().get(0).box());
    }

    @Test
    void theBoxCarriesTheImagesLinkSoAClickOpensIt() {
        Page page = layout(40, para(media(MediaKind.IMAGE, "a.png", "pic")));
        LinkRegion region = page.links().get(page.media().get(0).link());
        assertEquals(0, region.firstLine());
        assertEquals(4, region.parts().size(), "three rows of the box, then the caption");
    }

    @Test
    void inAListTheBoxIsIndentedWithTheItemAndFitsTheRoom() {
        Page page = layout(14, bullets(item(para(t("one"))), item(para(media(MediaKind.IMAGE, "a.png", "pic")))));
        MediaItem item = page.media().get(0);
        assertEquals(2, item.box().column());
        assertEquals(12, item.box().columns());
        for (Line line : page.lines()) {
            assertTrue(line.width() <= 14, line.text());
        }
        String first = page.lines().get(item.box().firstLine()).text();
        assertTrue(first.startsWith("• "), "the item's marker comes first: " + first);
        // And the caption follows the box, indented as the item's text.
        assertEquals(item.box().firstLine() + 3, item.line());
        assertTrue(page.lines().get(item.line()).text().startsWith("  ▣ pic"), page.lines().get(item.line()).text());
    }

    private static Page tableWithACat(int width) {
        List<List<Inline>> header = List.of(List.of(t("name")), List.of(t("picture")), List.of(t("note")));
        List<List<Inline>> row = List.of(List.of(t("cat")), List.of(media(MediaKind.IMAGE, "cat.png", "a cat")),
                List.of(t("sleeps")));
        return layout(width, para("before"), new Block.Table(align(Block.Alignment.DEFAULT, Block.Alignment.DEFAULT,
                Block.Alignment.DEFAULT), List.of(header), List.of(row), 3));
    }

    @Test
    void inATableCellTheBoxStandsAboveTheCaptionInsideTheCell() {
        Page page = tableWithACat(60);
        ImageBox box = page.media().get(0).box();
        assertTrue(box.isPresent(), lines(page).toString());
        assertEquals(12, box.columns());
        assertEquals(3, box.rows());
        List<String> lines = lines(page);
        String first = lines.get(box.firstLine());
        assertTrue(first.startsWith("│ cat"), "the row's other cells on the box's first line: " + first);
        assertEquals(first.indexOf("│", 2) + 2, box.column(), "the box starts in the picture's cell: " + first);
        for (int line = box.firstLine(); line < box.firstLine() + box.rows(); line++) {
            Line l = page.lines().get(line);
            Span image = l.spans().stream().filter(s -> s.role() == Role.IMAGE).findFirst().orElseThrow();
            assertEquals(box.column(), columnOf(l, image), "every row of the box in the same columns: " + l.text());
            assertEquals(page.media().get(0).link(), image.link());
            assertTrue(l.text().endsWith("│"), "the borders stand: " + l.text());
        }
        assertTrue(lines.get(box.firstLine() + box.rows()).contains("▣ a cat"), "the caption follows in the cell");
        for (Line line : page.lines()) {
            assertTrue(line.width() <= 60, line.text());
        }
    }

    @Test
    void aCellTooNarrowForAPictureKeepsTheTextLine() {
        List<List<Inline>> header = List.of(List.of(t("n")), List.of(t("p")), List.of(t("note")));
        List<List<Inline>> row = List.of(List.of(t("cat")), List.of(media(MediaKind.IMAGE, "c.png", "c")), List.of(t("sleeps")));
        Page page = layout(18, new Block.Table(align(Block.Alignment.DEFAULT, Block.Alignment.DEFAULT,
                Block.Alignment.DEFAULT), List.of(header), List.of(row), 1));
        assertTrue(lines(page).stream().anyMatch(l -> l.startsWith("┌")), "still a grid: " + lines(page));
        assertEquals(ImageBox.NONE, page.media().get(0).box(), lines(page).toString());
        assertTrue(page.lines().stream().noneMatch(l -> l.spans().stream().anyMatch(s -> s.role() == Role.IMAGE)));
    }

    private static int columnOf(Line line, Span span) {
        int at = 0;
        for (Span s : line.spans()) {
            if (s == span) {
                return at;
            }
            at += s.width();
        }
        return -1;
    }

    @Test
    void twoImagesInOneParagraphEachGetABox() {
        Page page = layout(40, para(media(MediaKind.IMAGE, "a.png", "a"), t(" and "), media(MediaKind.SVG, "b.svg", "b")));
        assertEquals(2, page.media().size());
        ImageBox a = page.media().get(0).box();
        ImageBox b = page.media().get(1).box();
        assertEquals(0, a.firstLine());
        assertEquals("▣ a — a.png", page.lines().get(3).text());
        assertEquals(5, b.firstLine(), "after a's caption and the text between");
    }
}
