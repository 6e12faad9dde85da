package dev.folio.viewer;

import static dev.folio.viewer.Docs.doc;
import static dev.folio.viewer.Docs.h;
import static dev.folio.viewer.Docs.image;
import static dev.folio.viewer.Docs.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.text.Width;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Help, outline and media panels: a frame with the title in it, every cell inside painted, at every size. */
class PanelFrameTest {
    /** Page text of wide characters everywhere, so that any cell left unpainted would show it. */
    private static TestViewer viewer(int width, int height) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            blocks.add(h(2, "标题" + i + " heading", "h" + i, 1 + 4 * i));
            blocks.add(p(3 + 4 * i, "中文内容".repeat(30)));
        }
        blocks.add(image(200, "img/a.png", "An image"));
        return TestViewer.open("p.md", doc("T", blocks.toArray(new Block[0])), width, height);
    }

    @ParameterizedTest
    @CsvSource({"40, 12, ?, Keys", "40, 12, o, Outline", "40, 12, m, Media", "60, 20, ?, Keys", "60, 20, o, Outline",
        "80, 24, ?, Keys", "80, 24, m, Media", "120, 40, o, Outline", "41, 13, ?, Keys"})
    void thePanelIsAFramedRectangleWithNothingOfThePageInside(int width, int height, String key, String title) {
        TestViewer v = viewer(width, height).type(key);
        Panel panel = Panel.of(v.state, Panel.items(v.state).size());
        List<Frame.Row> rows = v.frame().rows();
        int right = panel.left() + panel.width() - 1;
        int bottom = panel.top() + panel.bodyRows() + 1;
        assertTrue(bottom < height - 1, "the panel ends above the status line");
        for (int r = panel.top(); r <= bottom; r++) {
            String cells = cellsOf(rows.get(r).text(), panel.left(), right + 1);
            assertEquals(panel.width(), Width.of(cells), "row " + r + " is the panel's width: " + cells);
            char first = r == panel.top() ? '┌' : r == bottom ? '└' : '│';
            char last = r == panel.top() ? '┐' : r == bottom ? '┘' : '│';
            assertEquals(first, cells.charAt(0), "left border, row " + r + ":\n" + v.screen());
            assertEquals(last, cells.charAt(cells.length() - 1), "right border, row " + r + ":\n" + v.screen());
            if (r > panel.top() && r < bottom) {
                assertTrue(!cells.contains("中文内容"), "no page text inside: " + cells);
            }
        }
        assertTrue(rows.get(panel.top()).text().contains(" " + title + " "), "the title is in the frame: " + v.screen());
        for (Frame.Row row : rows) {
            assertTrue(Width.of(row.text()) <= width, row.text());
        }
    }

    @ParameterizedTest
    @CsvSource({"40, 12", "60, 20"})
    void helpEntriesWrapWithAHangingIndentInsteadOfAnEllipsis(int width, int height) {
        TestViewer v = viewer(width, height).type("?");
        List<String> screens = new ArrayList<>();
        int helpLines = Panel.items(v.state).size(); // scrolling one line per item reaches the end however long help grows
        for (int i = 0; i <= helpLines; i++) {
            Panel panel = Panel.of(v.state, Panel.items(v.state).size());
            List<Frame.Row> rows = v.frame().rows();
            StringBuilder inside = new StringBuilder();
            for (int r = panel.top() + 1; r <= panel.top() + panel.bodyRows(); r++) {
                String cells = cellsOf(rows.get(r).text(), panel.left(), panel.left() + panel.width());
                assertTrue(!cells.contains("…"), "nothing cut: " + cells);
                inside.append(cells.replace("│", " ")).append(' ');
            }
            screens.add(inside.toString().replaceAll(" +", " "));
            v.type("j");
        }
        for (Action a : Action.values()) {
            assertTrue(screens.stream().anyMatch(t -> t.contains(a.help())), a + " shown whole, wrapped: " + screens);
        }
    }

    /** The text of screen columns [from, to) of a row. */
    private static String cellsOf(String row, int from, int to) {
        StringBuilder out = new StringBuilder();
        int col = 0;
        for (int i = 0; i < row.length(); ) {
            int next = dev.folio.text.Graphemes.next(row, i);
            int w = Width.cluster(row, i, next);
            if (col >= from && col + w <= to) {
                out.append(row, i, next);
            }
            col += w;
            i = next;
        }
        return out.toString();
    }
}
