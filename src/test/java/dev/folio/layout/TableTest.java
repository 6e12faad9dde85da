package dev.folio.layout;

import static dev.folio.layout.Docs.*;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.doc.Block.Alignment;
import dev.folio.text.Width;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Tables: borders, header, alignment, display-width columns, wrapping cells, stacked fallback. */
class TableTest {
    private static final Block.Table FRUIT = table(align(Alignment.LEFT, Alignment.CENTER, Alignment.RIGHT),
            new String[] {"Fruit", "Colour", "Price"},
            new String[] {"apple", "red", "1.50"},
            new String[] {"kiwi", "green", "12.00"});

    @Test
    void aTableThatFitsIsDrawnAtItsNaturalWidth() {
        assertEquals(List.of(
                "┌───────┬────────┬───────┐",
                "│ Fruit │ Colour │ Price │",
                "╞═══════╪════════╪═══════╡",
                "│ apple │  red   │  1.50 │",
                "│ kiwi  │ green  │ 12.00 │",
                "└───────┴────────┴───────┘"), lines(layout(80, FRUIT)));
    }

    @Test
    void rolesMarkBordersAndHeader() {
        Page page = layout(80, FRUIT);
        assertEquals(Role.TABLE_BORDER, page.lines().get(0).spans().get(0).role());
        assertTrue(page.lines().get(1).spans().stream().anyMatch(s -> s.role() == Role.TABLE_HEADER && s.text().equals("Fruit")));
        assertEquals("Fruit", page.lines().get(1).spans().stream().filter(s -> s.role() == Role.TABLE_HEADER).findFirst().get().text());
    }

    @Test
    void cjkCellsAreAlignedByDisplayWidth() {
        Block.Table t = table(align(Alignment.LEFT, Alignment.RIGHT),
                new String[] {"名称", "n"}, new String[] {"中文字", "1"}, new String[] {"ab", "22"});
        List<String> shown = lines(layout(80, t));
        assertEquals(List.of(
                "┌────────┬────┐",
                "│ 名称   │  n │",
                "╞════════╪════╡",
                "│ 中文字 │  1 │",
                "│ ab     │ 22 │",
                "└────────┴────┘"), shown);
        for (String line : shown) {
            assertEquals(Width.of(shown.get(0)), Width.of(line));
        }
    }

    @Test
    void aTooWideTableShrinksFairlyAndWrapsCellsKeepingEveryWord() {
        Block.Table t = table(align(Alignment.LEFT, Alignment.LEFT),
                new String[] {"Term", "Meaning"},
                new String[] {"layout", "turns a document into lines of spans at a given width"},
                new String[] {"gutter", "what a container draws in front of its lines"});
        Page page = layout(30, t);
        List<String> shown = lines(page);
        for (String line : shown) {
            assertEquals(30, Width.of(line), () -> "the grid fills the width exactly: " + shown);
        }
        String all = String.join(" ", shown);
        for (String word : "Term Meaning layout turns a document into lines of spans at given width gutter what container draws in front its".split(" ")) {
            assertTrue(all.contains(word), () -> word + " missing from " + shown);
        }
        assertTrue(shown.contains("├────────┼───────────────────┤"), "wrapped rows are ruled apart: " + shown);
    }

    @Test
    void noWidthIsTooSmall() {
        for (int width = 1; width <= 40; width++) {
            Page page = layout(width, FRUIT);
            for (Line line : page.lines()) {
                assertTrue(line.width() <= width, () -> "width " + line.width() + ": " + line.text());
            }
            String content = PageInvariants.joinedContent(page).replaceAll("\\s", "");
            for (String cell : List.of("Fruit", "Colour", "Price", "apple", "red", "1.50", "kiwi", "green", "12.00")) {
                for (char c : cell.toCharArray()) {
                    assertTrue(content.indexOf(c) >= 0);
                }
            }
        }
    }

    @Test
    void whenNotEvenOneColumnPerCellFitsRowsAreStacked() {
        Page page = layout(8, FRUIT);
        assertEquals(List.of("Fruit", "  apple", "Colour", "  red", "Price", "  1.50", "", "Fruit", "  kiwi",
                "Colour", "  green", "Price", "  12.00"), lines(page));
    }

    @Test
    void columnsGiveUpPaddingBeforeStacking() {
        assertEquals(List.of(
                "┌────┬──┐",
                "│ab  │cd│",
                "╞════╪══╡",
                "│efgh│ij│",
                "└────┴──┘"), lines(layout(11, table(align(Alignment.LEFT, Alignment.LEFT),
                        new String[] {"ab", "cd"}, new String[] {"efgh", "ij"}))));
    }

    @Test
    void linksInCellsGetRegionsAtTheirColumns() {
        Block.Table t = new Block.Table(align(Alignment.LEFT, Alignment.LEFT),
                List.of(List.of(List.of(t("a")), List.of(t("b")))),
                List.of(List.of(List.of(t("x")), List.of(link("b.md", t("go"))))), 1);
        Page page = layout(40, t);
        LinkRegion r = page.links().get(0);
        assertEquals("b.md", r.target());
        assertEquals(List.of(new LinkRegion.Part(3, 6, 2)), r.parts());
        assertEquals("go", page.lines().get(3).text().substring(6, 8));
    }

    @Test
    void waterFillingSatisfiesNarrowColumnsFirst() {
        assertArrayEquals(new int[] {3, 9, 8}, ColumnWidths.fill(new int[] {1, 1, 1}, new int[] {3, 40, 40}, 20));
        assertArrayEquals(new int[] {2, 2, 1}, ColumnWidths.fill(new int[] {1, 1, 1}, new int[] {5, 5, 5}, 5));
    }

    @Test
    void everyRowLinesUpUnderTheHeader() {
        List<String> shown = lines(layout(26, FRUIT));
        List<Integer> bars = new ArrayList<>();
        for (int i = 0; i < shown.get(1).length(); i++) {
            if (shown.get(1).charAt(i) == '│') {
                bars.add(i);
            }
        }
        for (String line : shown.subList(3, shown.size() - 1)) {
            for (int col : bars) {
                assertEquals('│', line.charAt(col), line);
            }
        }
    }

    /** A header of three, a row whose first cell covers two columns, and a row of three. */
    private static Block.Table merged(String wide) {
        List<List<List<dev.folio.doc.Inline>>> header = List.of(List.of(cell("A"), cell("B"), cell("C")));
        List<List<List<dev.folio.doc.Inline>>> body = List.of(
                List.of(cell(wide), List.of(), cell("c")),
                List.of(cell("1"), cell("2"), cell("3")));
        return new Block.Table(align(Alignment.DEFAULT, Alignment.DEFAULT, Alignment.DEFAULT), header, body, 1,
                List.of(List.of(1, 1, 1), List.of(2, 0, 1), List.of(1, 1, 1)));
    }

    private static List<dev.folio.doc.Inline> cell(String text) {
        return List.of(new dev.folio.doc.Inline.Text(text));
    }

    @Test
    void aColspanCellIsOneMergedCellAcrossItsColumns() {
        assertEquals(List.of(
                "┌──────┬──────┬───┐",
                "│ A    │ B    │ C │",
                "╞══════╧══════╪═══╡",
                "│ merged cell │ c │",
                "│ 1    │ 2    │ 3 │",
                "└──────┴──────┴───┘"), lines(layout(80, merged("merged cell"))));
    }

    @Test
    void aMergedCellThatWrapsKeepsItsWordsAndTheWidth() {
        Block.Table t = merged("a merged cell with enough words to wrap at a narrow width");
        for (int width : new int[] {24, 40, 80}) {
            List<String> shown = lines(layout(width, t));
            for (String line : shown) {
                assertTrue(Width.of(line) <= width, width + ": " + line);
            }
            String all = String.join(" ", shown);
            for (String word : "a merged cell with enough words to wrap at a narrow width".split(" ")) {
                assertTrue(all.contains(word), width + " lost " + word + ": " + shown);
            }
        }
    }
}
