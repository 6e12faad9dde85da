package dev.folio.markdown;

import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TableBody;
import com.vladsch.flexmark.ext.tables.TableCell;
import com.vladsch.flexmark.ext.tables.TableHead;
import com.vladsch.flexmark.ext.tables.TableRow;
import com.vladsch.flexmark.ext.tables.TableSeparator;
import com.vladsch.flexmark.util.ast.Node;
import dev.folio.doc.Block;
import dev.folio.doc.Block.Alignment;
import dev.folio.doc.Inline;
import java.util.ArrayList;
import java.util.List;

/**
 * Converts a GFM table. The header fixes the number of columns; a short row is padded with empty
 * cells, and the cells of a long row beyond the last column are appended to its last cell so
 * that no word is lost.
 */
final class TableConverter {
    private final InlineConverter inlines;

    TableConverter(InlineConverter inlines) {
        this.inlines = inlines;
    }

    Block.Table convert(TableBlock table, int line) {
        List<TableRow> head = rows(table, TableHead.class);
        List<TableRow> separator = rows(table, TableSeparator.class);
        List<TableRow> body = rows(table, TableBody.class);
        TableRow shape = !separator.isEmpty() ? separator.get(0) : !head.isEmpty() ? head.get(0) : null;
        List<Alignment> alignments = new ArrayList<>();
        if (shape != null) {
            for (Node cell = shape.getFirstChild(); cell != null; cell = cell.getNext()) {
                if (cell instanceof TableCell c) {
                    alignments.add(alignment(c.getAlignment()));
                }
            }
        }
        if (alignments.isEmpty()) {
            alignments.add(Alignment.DEFAULT);
        }
        return new Block.Table(alignments, cells(head, alignments.size()), cells(body, alignments.size()), line);
    }

    private List<List<List<Inline>>> cells(List<TableRow> rows, int columns) {
        List<List<List<Inline>>> out = new ArrayList<>();
        for (TableRow row : rows) {
            List<List<Inline>> cells = new ArrayList<>();
            for (Node cell = row.getFirstChild(); cell != null; cell = cell.getNext()) {
                List<Inline> content = unescapePipesInCode(inlines.children(cell, 0));
                if (cells.size() < columns) {
                    cells.add(content);
                } else if (!content.isEmpty()) {
                    List<Inline> last = new ArrayList<>(cells.get(columns - 1));
                    last.add(new Inline.Text(" "));
                    last.addAll(content);
                    cells.set(columns - 1, last);
                }
            }
            while (cells.size() < columns) {
                cells.add(List.of());
            }
            out.add(cells);
        }
        return out;
    }

    /** GFM reads {@code \|} as a cell's pipe before inline parsing, so inside code spans too. */
    private static List<Inline> unescapePipesInCode(List<Inline> cell) {
        List<Inline> out = new ArrayList<>(cell.size());
        for (Inline inline : cell) {
            if (inline instanceof Inline.Code code) {
                out.add(new Inline.Code(code.text().replace("\\|", "|")));
            } else if (inline instanceof Inline.Styled styled) {
                out.add(new Inline.Styled(styled.decoration(), unescapePipesInCode(styled.children())));
            } else if (inline instanceof Inline.Link link) {
                out.add(new Inline.Link(link.target(), link.title(), unescapePipesInCode(link.children())));
            } else {
                out.add(inline);
            }
        }
        return out;
    }

    private static List<TableRow> rows(TableBlock table, Class<? extends Node> section) {
        List<TableRow> rows = new ArrayList<>();
        for (Node part = table.getFirstChild(); part != null; part = part.getNext()) {
            if (section.isInstance(part)) {
                for (Node row = part.getFirstChild(); row != null; row = row.getNext()) {
                    if (row instanceof TableRow r) {
                        rows.add(r);
                    }
                }
            }
        }
        return rows;
    }

    private static Alignment alignment(TableCell.Alignment alignment) {
        if (alignment == null) {
            return Alignment.DEFAULT;
        }
        switch (alignment) {
            case LEFT: return Alignment.LEFT;
            case CENTER: return Alignment.CENTER;
            case RIGHT: return Alignment.RIGHT;
            default: return Alignment.DEFAULT;
        }
    }
}
