package dev.folio.layout;

import static dev.folio.layout.Docs.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.doc.Block.Alignment;
import dev.folio.doc.Document;
import dev.folio.text.Width;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Layout defects that real READMEs and docs showed (issue 15), each on a short input. */
class RealWorldLayoutTest {

    @Test
    void koreanWrapsOnlyAtSpaces() {
        Page page = layout(12, para("한국어 문서는 띄어쓰기로 단어를 나눕니다"));
        for (String line : lines(page)) {
            for (String word : line.split(" ")) {
                assertTrue(List.of("한국어", "문서는", "띄어쓰기로", "단어를", "나눕니다").contains(word),
                        () -> "a Korean word was split: " + lines(page));
            }
        }
    }

    @Test
    void aKoreanWordWiderThanTheLineIsStillCut() {
        Page page = layout(6, para("가나다라마바사아"));
        assertEquals(List.of("가나다", "라마바", "사아"), lines(page));
    }

    @Test
    void chineseStillWrapsBetweenCharacters() {
        assertEquals(List.of("中文文本", "可以断开"), lines(layout(8, para("中文文本可以断开"))));
    }

    @Test
    void aSourceLineBreakInKoreanIsASpace() {
        Block.Paragraph p = new Block.Paragraph(List.of(t("한국어"), new dev.folio.doc.Inline.SoftBreak(), t("문서")), 1);
        assertEquals(List.of("한국어 문서"), lines(layout(40, p)));
    }

    @Test
    void tableColumnsKeepTheirLongestWordOrBecomeRecords() {
        Block.Table t = table(align(Alignment.LEFT, Alignment.LEFT, Alignment.LEFT, Alignment.LEFT),
                new String[] {"File system", "Linux", "Windows", "macOS"},
                new String[] {"FAT32 (VFAT)", "yes", "yes", "yes"},
                new String[] {"ext4", "yes", "no (third-party drivers)", "no"});
        List<String> wide = lines(layout(80, t));
        assertTrue(wide.get(0).startsWith("┌"), "fits as a grid at 80: " + wide);
        List<String> narrow = lines(layout(30, t));
        assertEquals(List.of(
                "File system: FAT32 (VFAT)",
                "Linux: yes",
                "Windows: yes",
                "macOS: yes",
                "",
                "File system: ext4",
                "Linux: yes",
                "Windows: no (third-party",
                "         drivers)",
                "macOS: no"), narrow);
    }

    @Test
    void noGridColumnSplitsAWord() {
        Block.Table t = table(align(Alignment.LEFT, Alignment.LEFT, Alignment.LEFT),
                new String[] {"Name", "Windows", "yes"}, new String[] {"FAT32 (VFAT)", "Windows", "yes"});
        for (int width = 10; width <= 60; width++) {
            String all = String.join("\n", lines(layout(width, t)));
            for (String word : List.of("FAT32", "(VFAT)", "Windows")) {
                assertTrue(all.contains(word), "width " + width + " split " + word + ":\n" + all);
            }
        }
    }

    @Test
    void emptyLinksShowTheirHostApart() {
        Page page = layout(60, para(link("https://a.example/x"), link("https://www.b.example/"), t("next")));
        assertEquals(List.of("↗ a.example ↗ b.example next"), lines(page));
        assertEquals("https://a.example/x", page.links().get(0).target());
        assertEquals("https://www.b.example/", page.links().get(1).target());
    }

    @Test
    void frontMatterKeepsLabelsAndLeavesEmptyValuesOut() {
        Block.FrontMatter fm = new Block.FrontMatter(List.of(new Block.Entry("author", "the docs team"),
                new Block.Entry("sponsors", ""), new Block.Entry("layout", "post")), 1);
        List<String> shown = lines(Layout.of(new Document(List.of(fm), ""), LayoutOptions.of(30)));
        assertEquals(List.of("by the docs team", "layout: post", "─".repeat(30)), shown);
    }

    @Test
    void rightToLeftParagraphsAreRightAligned() {
        Page page = layout(30, para("שלום עולם"), para("left text"), para("123 مرحبا"));
        List<String> shown = lines(page);
        assertEquals(" ".repeat(21) + "שלום עולם", shown.get(0));
        assertEquals("left text", shown.get(2));
        assertEquals(30, Width.of(shown.get(4)), "the first strong character decides, not the digits");
    }

    @Test
    void centredBlocksAreCentred() {
        Page page = layout(20, new Block.Aligned(Alignment.CENTER, List.of(para("title")), 1));
        assertEquals(List.of("       title"), lines(page));
    }

    @Test
    void displayMathIsItsOwnBlockInTheMathStyle() {
        Page page = layout(30, para("before"), new Block.MathBlock("\\alpha^2", "α²", 2));
        assertEquals(List.of("before", "", "  α²"), lines(page));
        assertEquals(Role.MATH, page.lines().get(2).spans().get(1).role());
    }

    @Test
    void anAdmonitionTitleLeadsItsBox() {
        Block.Alert a = new Block.Alert(Block.AlertKind.WARNING, List.of(t("Mind the gap")), List.of(para("body")), 1);
        assertEquals(List.of("│ ⚠ Mind the gap", "│ body"), lines(layout(30, a)));
        assertFalse(lines(layout(30, a)).get(0).contains("Warning"));
    }
}
