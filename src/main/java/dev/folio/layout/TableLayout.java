package dev.folio.layout;

import dev.folio.doc.Block.Alignment;
import dev.folio.doc.Block.Table;
import dev.folio.doc.Inline;
import dev.folio.text.Width;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Tables drawn with box-drawing borders, columns sized by display width and cells wrapped
 * inside their column when the table is wider than the page. When the columns cannot each keep
 * their longest word, each row is shown as a record instead: {@code header: value} per cell.
 * A cell covering several columns (HTML {@code colspan}) is one merged cell in the grid, without
 * the borders between the columns it covers.
 */
final class TableLayout {
    private final Context cx;
    private final Table table;
    private final int columns;
    private final List<TextFlow[]> header = new ArrayList<>();
    private final List<TextFlow[]> body = new ArrayList<>();
    /** Columns each cell covers, header rows then body rows (1 each when nothing is merged). */
    private final List<int[]> spans = new ArrayList<>();

    private TableLayout(Context cx, Table table) {
        this.cx = cx;
        this.table = table;
        this.columns = table.alignments().size();
        // Flattened once, in reading order, so link ids and note numbers follow the text.
        for (List<List<Inline>> row : table.header()) {
            header.add(flatten(row, SpanStyle.of(Role.TABLE_HEADER)));
        }
        for (List<List<Inline>> row : table.body()) {
            body.add(flatten(row, SpanStyle.TEXT));
        }
        int rows = header.size() + body.size();
        for (int r = 0; r < rows; r++) {
            int[] span = new int[columns];
            for (int c = 0; c < columns; c++) {
                span[c] = Math.max(0, Math.min(columns - c, table.span(r, c)));
            }
            spans.add(span);
        }
    }

    static void render(Context cx, Table table) {
        if (table.alignments().isEmpty()) {
            return;
        }
        new TableLayout(cx, table).render();
    }

    private TextFlow[] flatten(List<List<Inline>> row, SpanStyle style) {
        TextFlow[] cells = new TextFlow[columns];
        for (int c = 0; c < columns; c++) {
            cells[c] = c < row.size() ? cx.inlines().flatten(row.get(c), style) : new TextFlow();
        }
        return cells;
    }

    private void render() {
        int width = cx.out().contentWidth();
        LineBreaker.Measure[] measures = measure();
        int bar = Width.of("│");
        for (int pad = 1; pad >= 0; pad--) {
            int overhead = (columns + 1) * bar + 2 * pad * columns;
            int[] widths = ColumnWidths.fit(measures, width - overhead);
            if (widths != null) {
                int left = cx.out().width() - cx.out().contentWidth();
                cx.out().emit(new TableGrid(widths, pad, table.alignments(), spans, cx.images(), left).rows(header, body),
                        table.line());
                cx.notes().flush(cx.out(), table.line());
                return;
            }
        }
        cx.out().emit(stacked(width), table.line());
        cx.notes().flush(cx.out(), table.line());
    }

    private LineBreaker.Measure[] measure() {
        int[] natural = new int[columns];
        int[] minimum = new int[columns];
        int[] cluster = new int[columns];
        List<TextFlow[]> all = new ArrayList<>(header);
        all.addAll(body);
        // Cells of one column first; then a merged cell widens the columns it covers only by what
        // they lack together (the borders between them are room too), shared out evenly.
        for (int pass = 0; pass < 2; pass++) {
            for (int r = 0; r < all.size(); r++) {
                TextFlow[] row = all.get(r);
                for (int c = 0; c < columns; c++) {
                    int k = spans.get(r)[c];
                    if (k == 0 || (k == 1) != (pass == 0)) {
                        continue;
                    }
                    LineBreaker.Measure m = LineBreaker.measure(row[c]);
                    if (k == 1) {
                        natural[c] = Math.max(natural[c], m.natural());
                        minimum[c] = Math.max(minimum[c], m.minimum());
                        cluster[c] = Math.max(cluster[c], m.cluster());
                    } else {
                        widen(natural, c, k, m.natural());
                        widen(minimum, c, k, m.minimum());
                        widen(cluster, c, k, m.cluster());
                    }
                }
            }
        }
        LineBreaker.Measure[] out = new LineBreaker.Measure[columns];
        for (int c = 0; c < columns; c++) {
            out[c] = new LineBreaker.Measure(natural[c], minimum[c], cluster[c]);
        }
        return out;
    }

    /** Columns {@code c} to {@code c + k - 1} made wide enough together (with k-1 borders of 3) for {@code needed}. */
    private static void widen(int[] widths, int c, int k, int needed) {
        int have = (k - 1) * 3;
        for (int j = c; j < c + k; j++) {
            have += widths[j];
        }
        for (int lack = needed - have, j = 0; lack > 0; lack--, j = (j + 1) % k) {
            widths[c + j]++;
        }
    }

    /**
     * Too narrow for a grid: each body row as a record, one line per cell ({@code Linux: yes}, a
     * long value wrapping under itself), records apart by a blank line. A header too wide to lead
     * its value stands on a line of its own with the value indented beneath.
     */
    private List<Row> stacked(int width) {
        TextFlow[] labels = header.isEmpty() ? null : header.get(0);
        List<TextFlow[]> records = body.isEmpty() ? List.<TextFlow[]>of(new TextFlow[columns]) : body;
        List<Row> rows = new ArrayList<>();
        for (int r = 0; r < records.size(); r++) {
            if (r > 0) {
                rows.add(Row.EMPTY);
            }
            for (int c = 0; c < columns; c++) {
                if (!body.isEmpty() && spans.get(header.size() + r)[c] == 0) {
                    continue; // a column a merged cell covers: its text is the merged cell's
                }
                TextFlow value = records.get(r)[c];
                boolean hasLabel = labels != null && !labels[c].isEmpty();
                List<Row> label = hasLabel ? LineBreaker.layout(labels[c], width) : List.of();
                int labelWidth = label.size() == 1 ? label.get(0).width() + 2 : Integer.MAX_VALUE;
                if (value == null || value.isEmpty()) {
                    rows.addAll(label);
                } else if (!hasLabel) {
                    rows.addAll(LineBreaker.layout(value, width));
                } else if (labelWidth <= width / 2) {
                    rows.addAll(leading(label.get(0), LineBreaker.layout(value, width - labelWidth), labelWidth));
                } else {
                    int indent = width >= 6 ? 2 : 0;
                    List<Span> lead = indent == 0 ? List.of() : List.of(new Span(Fill.spaces(indent), Role.INDENT));
                    rows.addAll(label);
                    for (Row row : LineBreaker.layout(value, width - indent)) {
                        rows.add(row.withPrefix(lead));
                    }
                }
            }
        }
        return rows;
    }

    /** {@code label: } before the value's first row, its other rows indented to line up under it. */
    private static List<Row> leading(Row label, List<Row> value, int labelWidth) {
        List<Row> out = new ArrayList<>(value.size());
        for (int i = 0; i < value.size(); i++) {
            List<Span> prefix = new ArrayList<>();
            if (i == 0) {
                prefix.addAll(label.spans());
                prefix.add(new Span(": ", Role.TABLE_BORDER));
            } else {
                prefix.add(new Span(Fill.spaces(labelWidth), Role.INDENT));
            }
            Row row = value.get(i).withPrefix(prefix);
            for (java.util.function.IntConsumer tag : i == 0 ? label.tags() : List.<java.util.function.IntConsumer>of()) {
                row = row.withTag(tag);
            }
            out.add(row);
        }
        return out;
    }

    /** The grid drawing for a chosen set of column widths. */
    private static final class TableGrid {
        private final int[] widths;
        private final int pad;
        private final List<Alignment> alignments;
        private final List<int[]> spans;
        private final ImageRows images;
        private final int left;

        /** @param left the columns before the table on its page lines (quote bars, list indents) */
        TableGrid(int[] widths, int pad, List<Alignment> alignments, List<int[]> spans, ImageRows images, int left) {
            this.widths = widths;
            this.pad = pad;
            this.alignments = alignments;
            this.spans = spans;
            this.images = images;
            this.left = left;
        }

        /** Whether row {@code r} (header rows first) has a border after column {@code c}; -1: no row. */
        private boolean boundary(int r, int c) {
            return r >= 0 && r < spans.size() && c + 1 < widths.length && spans.get(r)[c + 1] != 0;
        }

        /** Columns {@code c} to {@code c + k - 1} as one cell: their widths and the borders between them. */
        private int merged(int c, int k) {
            int w = 0;
            for (int j = c; j < c + k; j++) {
                w += widths[j];
            }
            return w + (k - 1) * (2 * pad + 1);
        }

        List<Row> rows(List<TextFlow[]> header, List<TextFlow[]> body) {
            List<List<List<Row>>> laidBody = new ArrayList<>(body.size());
            boolean tall = false;
            for (int r = 0; r < body.size(); r++) {
                List<List<Row>> cells = layout(body.get(r), header.size() + r);
                laidBody.add(cells);
                tall |= height(cells) > 1;
            }
            List<Row> out = new ArrayList<>();
            int h = header.size();
            out.add(border(-1, 0, "┌", "─", "┬┬──", "┐"));
            for (int r = 0; r < h; r++) {
                out.addAll(lines(layout(header.get(r), r), r));
            }
            if (h > 0) {
                out.add(border(h - 1, h, "╞", "═", "╪╤╧═", "╡"));
            }
            for (int r = 0; r < laidBody.size(); r++) {
                if (r > 0 && tall) {
                    // Rows whose cells wrap would run together without a rule between them.
                    out.add(border(h + r - 1, h + r, "├", "─", "┼┬┴─", "┤"));
                }
                out.addAll(lines(laidBody.get(r), h + r));
            }
            out.add(border(h + laidBody.size() - 1, -1, "└", "─", "┴─┴─", "┘"));
            return out;
        }

        /** Each cell laid out in its column, a merged cell across the columns it covers; covered ones null. */
        private List<List<Row>> layout(TextFlow[] row, int r) {
            List<List<Row>> cells = new ArrayList<>(row.length);
            for (int c = 0; c < row.length; c++) {
                int k = spans.get(r)[c];
                int w = k == 0 ? 0 : merged(c, k);
                cells.add(k == 0 ? null : images.inCell(LineBreaker.layout(row[c], w), w));
            }
            return cells;
        }

        private static int height(List<List<Row>> cells) {
            int h = 1;
            for (List<Row> cell : cells) {
                h = cell == null ? h : Math.max(h, cell.size());
            }
            return h;
        }

        private List<Row> lines(List<List<Row>> cells, int r) {
            int height = height(cells);
            String gap = Fill.spaces(pad);
            List<Row> out = new ArrayList<>(height);
            for (int i = 0; i < height; i++) {
                List<Span> spans = new ArrayList<>();
                List<IntConsumer> tags = new ArrayList<>();
                spans.add(new Span("│" + gap, Role.TABLE_BORDER));
                for (int c = 0; c < cells.size(); c++) {
                    List<Row> cell = cells.get(c);
                    if (cell == null) {
                        continue; // covered by a merged cell
                    }
                    int k = this.spans.get(r)[c];
                    Row row = i < cell.size() ? cell.get(i) : Row.EMPTY;
                    int free = merged(c, k) - row.width();
                    int left = leftPadding(alignments.get(c), free);
                    addSpaces(spans, left);
                    boxStart(cell, i).ifPresent(box -> {
                        int column = this.left + widthOf(spans);
                        tags.add(line -> images.placeInCell(box[0], line, column, box[1], box[2]));
                    });
                    spans.addAll(row.spans());
                    addSpaces(spans, free - left);
                    int last = c + k - 1;
                    spans.add(new Span(gap + "│" + (last + 1 < cells.size() ? gap : ""), Role.TABLE_BORDER));
                    tags.addAll(row.tags());
                }
                out.add(new Row(spans, Line.Wrap.END, tags));
            }
            return out;
        }

        /** {@code {link, columns, rows}} when row {@code i} of a cell is the first row of an image box. */
        private static java.util.Optional<int[]> boxStart(List<Row> cell, int i) {
            int id = imageLink(cell, i);
            if (id == Span.NO_LINK || imageLink(cell, i - 1) == id) {
                return java.util.Optional.empty();
            }
            int rows = 0;
            while (imageLink(cell, i + rows) == id) {
                rows++;
            }
            return java.util.Optional.of(new int[] {id, cell.get(i).width(), rows});
        }

        private static int imageLink(List<Row> cell, int i) {
            if (i < 0 || i >= cell.size() || cell.get(i).isEmpty()) {
                return Span.NO_LINK;
            }
            Span first = cell.get(i).spans().get(0);
            return first.role() == Role.IMAGE ? first.link() : Span.NO_LINK;
        }

        private static int widthOf(List<Span> spans) {
            int w = 0;
            for (Span s : spans) {
                w += s.width();
            }
            return w;
        }

        private static int leftPadding(Alignment alignment, int free) {
            switch (alignment) {
                case RIGHT: return free;
                case CENTER: return free / 2;
                default: return 0;
            }
        }

        private static void addSpaces(List<Span> spans, int columns) {
            if (columns > 0) {
                spans.add(new Span(Fill.spaces(columns), Role.INDENT));
            }
        }

        /**
         * A rule between row {@code above} and row {@code below} (-1: none there). {@code crosses}
         * holds the joint where both rows have a border, only the row below, only the row above,
         * and neither (a merged cell on both sides).
         */
        private Row border(int above, int below, String left, String fill, String crosses, String right) {
            StringBuilder sb = new StringBuilder(left);
            for (int c = 0; c < widths.length; c++) {
                sb.append(Fill.repeat(fill, widths[c] + 2 * pad));
                if (c + 1 == widths.length) {
                    sb.append(right);
                    continue;
                }
                boolean up = boundary(above, c);
                boolean down = boundary(below, c);
                int joint = up && down ? 0 : down ? 1 : up ? 2 : 3;
                sb.append(crosses.charAt(joint));
            }
            return Row.of(new Span(sb.toString(), Role.TABLE_BORDER));
        }
    }
}
