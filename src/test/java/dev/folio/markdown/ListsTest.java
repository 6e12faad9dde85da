package dev.folio.markdown;

import static dev.folio.markdown.Docs.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.doc.Block.Task;
import java.util.List;
import org.junit.jupiter.api.Test;

class ListsTest {

    @Test
    void bulletListIsTightAndUnordered() {
        Block.ListBlock list = only("- one\n- two\n- three\n", Block.ListBlock.class);
        assertFalse(list.ordered());
        assertTrue(list.tight());
        assertEquals(3, list.items().size());
        Block.Paragraph first = assertInstanceOf(Block.Paragraph.class, list.items().get(0).children().get(0));
        assertEquals("one", Inlines.plainText(first.content()));
    }

    @Test
    void orderedListKeepsItsStartNumber() {
        Block.ListBlock list = only("3. three\n4. four\n", Block.ListBlock.class);
        assertTrue(list.ordered());
        assertEquals(3, list.start());
    }

    @Test
    void blankLinesBetweenItemsMakeALooseList() {
        Block.ListBlock list = only("- one\n\n- two\n", Block.ListBlock.class);
        assertFalse(list.tight());
    }

    @Test
    void taskItemsAreOpenOrDoneAndLoseTheirMarker() {
        Block.ListBlock list = only("- [ ] todo\n- [x] done\n- [X] also done\n- plain\n", Block.ListBlock.class);
        assertEquals(List.of(Task.OPEN, Task.DONE, Task.DONE, Task.NONE),
                list.items().stream().map(Block.ListItem::task).toList());
        Block.Paragraph first = assertInstanceOf(Block.Paragraph.class, list.items().get(0).children().get(0));
        assertEquals("todo", Inlines.plainText(first.content()));
    }

    @Test
    void nestedListsStayNested() {
        Block.ListBlock outer = only("""
                1. first
                   - inner a
                   - inner b
                2. second
                """, Block.ListBlock.class);
        List<Block> firstItem = outer.items().get(0).children();
        Block.ListBlock inner = assertInstanceOf(Block.ListBlock.class, firstItem.get(1));
        assertFalse(inner.ordered());
        assertEquals(2, inner.items().size());
        assertEquals(2, inner.line());
    }

    @Test
    void itemsHoldSeveralBlocks() {
        Block.ListBlock list = only("- para\n\n  ```\n  code\n  ```\n", Block.ListBlock.class);
        List<Block> children = list.items().get(0).children();
        assertInstanceOf(Block.Paragraph.class, children.get(0));
        assertEquals("code", assertInstanceOf(Block.CodeBlock.class, children.get(1)).text());
    }
}
