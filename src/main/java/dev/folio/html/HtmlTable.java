package dev.folio.html;

import java.util.List;

/**
 * An HTML {@code <table>} as rows of cells, each cell's content still as (inner) HTML for the
 * caller to convert; {@code caption} is the text of its {@code <caption>} (empty when none).
 */
public record HtmlTable(List<Row> rows, String caption) {
    public HtmlTable {
        rows = List.copyOf(rows);
    }

    /** A row; {@code header} when it sits in {@code <thead>} or holds only {@code <th>} cells. */
    public record Row(List<Cell> cells, boolean header) {
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A cell: its inner HTML, whether it is a {@code <th>}, how many columns it spans (at least
     * 1), its alignment ({@code left}, {@code center}, {@code right} or empty), and whether it
     * holds block content (a nested table, a list, a heading), which makes it a layout table.
     */
    public record Cell(String html, boolean header, int colspan, String align, boolean blocks) {}

    /** The widest row, counting spans. */
    public int columns() {
        int max = 0;
        for (Row row : rows) {
            int n = 0;
            for (Cell c : row.cells()) {
                n += c.colspan();
            }
            max = Math.max(max, n);
        }
        return max;
    }

    /**
     * A data table has at least two columns and no cell holding block content; any other table
     * only arranges blocks on the page, and reads best with its cells one after another.
     */
    public boolean isDataTable() {
        if (columns() < 2) {
            return false;
        }
        for (Row row : rows) {
            for (Cell c : row.cells()) {
                if (c.blocks()) {
                    return false;
                }
            }
        }
        return true;
    }
}
