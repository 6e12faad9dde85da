package dev.folio.layout;

import static dev.folio.layout.Docs.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Headings: recognisable level, prominent h1/h2, anchors pointing at their first line. */
class HeadingTest {

    @Test
    void h1IsUnderlinedAcrossTheWidthAndH2UnderItsText() {
        Page page = layout(20, heading(1, "Title", "title"), heading(2, "Part", "part"));
        assertEquals(List.of("Title", "════════════════════", "", "Part", "────"), lines(page));
        assertEquals(Role.HEADING_1, page.lines().get(0).spans().get(0).role());
        assertEquals(Role.HEADING_MARKER, page.lines().get(1).spans().get(0).role());
        assertEquals(Role.HEADING_2, page.lines().get(3).spans().get(0).role());
    }

    @Test
    void deeperLevelsShowTheirMarkerAndHang() {
        Page page = layout(16, heading(3, "Three", "three"), heading(6, "Six levels deep", "six"));
        assertEquals(List.of("◆ Three", "", "▹ Six levels", "  deep"), lines(page));
        assertEquals(Role.HEADING_MARKER, page.lines().get(0).spans().get(0).role());
        assertEquals(Role.HEADING_3, page.lines().get(0).spans().get(1).role());
    }

    @Test
    void headingLevelsCarryNoMarkdownSyntaxWithoutColour() {
        Page page = layout(30, heading(3, "Arrays", "arrays"), heading(4, "Four", "four"), heading(5, "Five", "five"));
        for (String line : lines(page)) {
            assertEquals(false, line.contains("#"), line);
        }
        assertEquals(List.of("◆ Arrays", "", "◇ Four", "", "▸ Five"), lines(page));
    }

    @Test
    void anchorsPointAtTheHeadingsFirstLine() {
        Page page = layout(30, para("intro"), heading(2, "安装 Install", "安装-install"), para("x"), heading(4, "Usage", "usage"));
        assertEquals(List.of(new HeadingAnchor(2, "安装 Install", "安装-install", 2), new HeadingAnchor(4, "Usage", "usage", 7)),
                page.headings());
        assertEquals(2, page.anchors().get("安装-install"));
        assertEquals(7, page.anchors().get("usage"));
        assertEquals("◇ Usage", page.lines().get(7).text());
    }

    @Test
    void aHeadingInsideAQuoteStillRecordsItsLine() {
        Page page = layout(30, para("a"), quote(para("b"), heading(3, "Inner", "inner")));
        assertEquals(4, page.anchors().get("inner"));
        assertEquals("│ ◆ Inner", page.lines().get(4).text());
    }
}
