package dev.folio.markdown;

import static dev.folio.markdown.Docs.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.folio.doc.Block;
import org.junit.jupiter.api.Test;

class DefinitionListsTest {

    @Test
    void termsCarryTheirDefinitions() {
        Block.DefinitionList list = only("""
                Apple
                : A fruit.
                : A company.

                Pear
                : Another fruit.
                """, Block.DefinitionList.class);
        assertEquals(2, list.definitions().size());
        Block.Definition apple = list.definitions().get(0);
        assertEquals("Apple", Inlines.plainText(apple.term()));
        assertEquals(2, apple.definitions().size());
        Block.Paragraph second = assertInstanceOf(Block.Paragraph.class, apple.definitions().get(1).get(0));
        assertEquals("A company.", Inlines.plainText(second.content()));
        assertEquals("Pear", Inlines.plainText(list.definitions().get(1).term()));
    }
}
