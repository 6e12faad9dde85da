package dev.folio.layout;

import static dev.folio.layout.Docs.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Lists: markers by depth, right-aligned numbers, task boxes, hanging indent, deep nesting. */
class ListTest {

    @Test
    void bulletsChangeWithDepth() {
        Block.ListBlock list = bullets(item(para("a"), bullets(item(para("b"), bullets(item(para("c"),
                bullets(item(para("d")))))))));
        assertEquals(List.of("• a", "  ◦ b", "    ▪ c", "      • d"), lines(layout(40, list)));
    }

    @Test
    void numbersAreRightAligned() {
        Page page = layout(40, numbered(9, item(para("nine")), item(para("ten")), item(para("eleven"))));
        assertEquals(List.of(" 9. nine", "10. ten", "11. eleven"), lines(page));
        assertEquals(Role.LIST_MARKER, page.lines().get(0).spans().get(0).role());
    }

    @Test
    void tasksShowTheirBoxes() {
        Block.ListBlock list = new Block.ListBlock(false, 1, true, List.of(
                new Block.ListItem(Block.Task.OPEN, List.of(para("todo"))),
                new Block.ListItem(Block.Task.DONE, List.of(para("done"))),
                new Block.ListItem(Block.Task.NONE, List.of(para("plain")))), 1);
        Page page = layout(40, list);
        assertEquals(List.of("☐ todo", "☑ done", "• plain"), lines(page));
        assertEquals(Role.TASK_OPEN, page.lines().get(0).spans().get(0).role());
        assertEquals(Role.TASK_DONE, page.lines().get(1).spans().get(0).role());
    }

    @Test
    void wrappedItemTextHangsUnderItsFirstWord() {
        Page page = layout(14, numbered(1, item(para("one two three four five"))));
        assertEquals(List.of("1. one two", "   three four", "   five"), lines(page));
    }

    @Test
    void looseListsSeparateItemsAndTightListsDoNot() {
        Block.ListBlock loose = new Block.ListBlock(false, 1, false, List.of(item(para("a")), item(para("b"))), 1);
        assertEquals(List.of("• a", "", "• b"), lines(layout(40, loose)));
        assertEquals(List.of("• a", "• b"), lines(layout(40, bullets(item(para("a")), item(para("b"))))));
    }

    @Test
    void anEmptyItemStillShowsItsMarker() {
        assertEquals(List.of("• a", "•", "• c"), lines(layout(40, bullets(item(para("a")), item(), item(para("c"))))));
    }

    @Test
    void aListInsideAQuoteKeepsBothGutters() {
        assertEquals(List.of("│ • a", "│ • b"), lines(layout(40, quote(bullets(item(para("a")), item(para("b")))))));
    }

    @Test
    @Timeout(value = 30, unit = TimeUnit.SECONDS)
    void threeThousandLevelsFoldIntoADepthMarkerAndKeepEveryItem() {
        Block.ListBlock list = bullets(item(para("item 3000")));
        for (int i = 2_999; i >= 1; i--) {
            list = bullets(item(para("item " + i), list));
        }
        for (int width : new int[] {30, 80}) {
            Page page = layout(width, list);
            assertEquals(3_000, page.size());
            for (int i = 0; i < page.size(); i++) {
                Line line = page.lines().get(i);
                assertTrue(line.width() <= width);
                assertEquals("item " + (i + 1), line.content());
                int indent = line.text().indexOf("item");
                assertTrue(indent <= width - Math.min(20, width / 2), "indentation stops growing: " + line.text());
            }
            String deep = page.lines().get(2_999).text();
            assertTrue(deep.contains("»"), "the extra depth is shown: " + deep);
        }
    }
}
