package dev.folio.html;

import dev.folio.doc.Block;
import dev.folio.doc.Inline;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Element;

/**
 * A data table of the reader view as a {@link Block.Table}: the header is the {@code <thead>}
 * rows, else a first row of {@code <th>} cells; {@code colspan} repeats an empty cell so every row
 * has as many cells as the widest; alignment from {@code align} or {@code text-align}. Tables used
 * for layout (nested tables, {@code role=presentation}, one column) are not data: {@code null}.
 * Kept apart from {@code HtmlTable*} (raw HTML tables in Markdown), which another part of folio owns.
 */
final class ReaderTable {
    /** Rows beyond these are dropped: a page can hold a table no terminal could show. */
    private static final int MAX_COLUMNS = 64;

    private ReaderTable() {}

    static Block.Table of(Element table) {
        if (table.attr("role").equalsIgnoreCase("presentation") || !table.select("table table").isEmpty()) {
            return null;
        }
        List<Element> rows = new ArrayList<>();
        for (Element tr : table.select("tr")) {
            if (tr.closest("table") == table) {
                rows.add(tr);
            }
        }
        if (rows.isEmpty()) {
            return null;
        }
        int header = 0;
        for (Element tr : rows) {
            if (tr.parent() != null && tr.parent().tagName().equals("thead")) {
                header++;
            }
        }
        if (header == 0 && rows.get(0).select("> td").isEmpty() && !rows.get(0).select("> th").isEmpty()) {
            header = 1;
        }
        List<List<List<Inline>>> cells = new ArrayList<>();
        List<Block.Alignment> alignments = new ArrayList<>();
        int columns = 0;
        for (Element tr : rows) {
            List<List<Inline>> row = new ArrayList<>();
            for (Element cell : tr.select("> td, > th")) {
                if (row.size() >= MAX_COLUMNS) {
                    break;
                }
                int col = row.size();
                row.add(ReaderInlines.of(cell));
                if (alignments.size() <= col) {
                    alignments.add(alignment(cell));
                }
                int span = Math.min(span(cell), MAX_COLUMNS - row.size() + 1);
                for (int i = 1; i < span; i++) {
                    row.add(List.of());
                    if (alignments.size() <= row.size() - 1) {
                        alignments.add(Block.Alignment.DEFAULT);
                    }
                }
            }
            columns = Math.max(columns, row.size());
            cells.add(row);
        }
        if (columns < 2) {
            return null;
        }
        for (List<List<Inline>> row : cells) {
            while (row.size() < columns) {
                row.add(List.of());
            }
        }
        while (alignments.size() < columns) {
            alignments.add(Block.Alignment.DEFAULT);
        }
        if (header == 0) {
            // The model needs a header row: an empty one keeps every data row a body row.
            cells.add(0, new ArrayList<>(java.util.Collections.nCopies(columns, List.of())));
            header = 1;
        }
        return new Block.Table(alignments.subList(0, columns), cells.subList(0, header), cells.subList(header, cells.size()), 0);
    }

    private static int span(Element cell) {
        try {
            return Math.max(1, Integer.parseInt(cell.attr("colspan").strip()));
        } catch (NumberFormatException e) {
            return 1;
        }
    }

    private static Block.Alignment alignment(Element cell) {
        String a = cell.attr("align").toLowerCase(Locale.ROOT);
        String style = cell.attr("style").toLowerCase(Locale.ROOT).replace(" ", "");
        if (a.equals("right") || style.contains("text-align:right")) {
            return Block.Alignment.RIGHT;
        }
        if (a.equals("center") || style.contains("text-align:center")) {
            return Block.Alignment.CENTER;
        }
        if (a.equals("left") || style.contains("text-align:left")) {
            return Block.Alignment.LEFT;
        }
        return Block.Alignment.DEFAULT;
    }
}
