package dev.folio.markdown;

import static dev.folio.markdown.Docs.only;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.folio.doc.Block;
import dev.folio.doc.Block.Alignment;
import dev.folio.doc.Inline;
import java.util.List;
import org.junit.jupiter.api.Test;

class TablesTest {

    private static String cell(List<List<List<Inline>>> rows, int row, int column) {
        return Inlines.plainText(rows.get(row).get(column));
    }

    @Test
    void alignmentsComeFromTheDelimiterRow() {
        Block.Table table = only("""
                | a | b | c | d |
                |---|:--|:-:|--:|
                | 1 | 2 | 3 | 4 |
                """, Block.Table.class);
        assertEquals(List.of(Alignment.DEFAULT, Alignment.LEFT, Alignment.CENTER, Alignment.RIGHT), table.alignments());
        assertEquals("a", cell(table.header(), 0, 0));
        assertEquals("4", cell(table.body(), 0, 3));
    }

    @Test
    void shortRowsArePaddedAndLongRowsKeepEveryWord() {
        Block.Table table = only("""
                | a | b |
                |---|---|
                | only |
                | x | y | extra words |
                """, Block.Table.class);
        for (List<List<Inline>> row : table.body()) {
            assertEquals(2, row.size());
        }
        assertEquals("only", cell(table.body(), 0, 0));
        assertEquals("", cell(table.body(), 0, 1));
        assertEquals("y extra words", cell(table.body(), 1, 1));
    }

    @Test
    void cellsHoldInlineMarkupAndEscapedPipes() {
        Block.Table table = only("""
                | code | text |
                |-|-|
                | `a\\|b` | **bold** |
                """, Block.Table.class);
        assertEquals(new Inline.Code("a|b"), table.body().get(0).get(0).get(0));
        assertInstanceOf(Inline.Styled.class, table.body().get(0).get(1).get(0));
    }

    @Test
    void aHeaderWithoutDelimiterRowIsAParagraph() {
        only("| a | b |\n| c | d |\n", Block.Paragraph.class);
    }

    @Test
    void tableRecordsItsLine() {
        Block.Table table = Docs.all(Docs.parse("text\n\n| a |\n|---|\n| b |\n"), Block.Table.class).get(0);
        assertEquals(3, table.line());
    }
}
