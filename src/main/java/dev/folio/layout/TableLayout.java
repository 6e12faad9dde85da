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
 */
final class TableLayout {
    private final Context cx;
    private final Table table;
    private final int columns;
    private final List<TextFlow[]> header = new ArrayList<>();
    private final List<TextFlow[]> body = new ArrayList<>();

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
                cx.out().emit(new TableGrid(widths, pad, table.alignments(), cx.images(), left).rows(header, body), table.line());
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
        for (TextFlow[] row : all) {
            for (int c = 0; c < columns; c++) {
                LineBreaker.Measure m = LineBreaker.measure(row[c]);
                natural[c] = Math.max(natural[c], m.natural());
                minimum[c] = Math.max(minimum[c], m.minimum());
                cluster[c] = Math.max(cluster[c], m.cluster());
            }
        }
        LineBreaker.Measure[] out = new LineBreaker.Measure[columns];
        for (int c = 0; c < columns; c++) {
            out[c] = new LineBreaker.Measure(natural[c], minimum[c], cluster[c]);
        }
        return out;
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
        private final ImageRows images;
        private final int left;

        /** @param left the columns before the table on its page lines (quote bars, list indents) */
        TableGrid(int[] widths, int pad, List<Alignment> alignments, ImageRows images, int left) {
            this.widths = widths;
            this.pad = pad;
            this.alignments = alignments;
            this.images = images;
            this.left = left;
        }

        List<Row> rows(List<TextFlow[]> header, List<TextFlow[]> body) {
            List<List<List<Row>>> laidBody = new ArrayList<>(body.size());
            boolean tall = false;
            for (TextFlow[] row : body) {
                List<List<Row>> cells = layout(row);
                laidBody.add(cells);
                tall |= height(cells) > 1;
            }
            List<Row> out = new ArrayList<>();
            out.add(border("┌", "─", "┬", "┐"));
            for (TextFlow[] row : header) {
                out.addAll(lines(layout(row)));
            }
            if (!header.isEmpty()) {
                out.add(border("╞", "═", "╪", "╡"));
            }
            for (int r = 0; r < laidBody.size(); r++) {
                if (r > 0 && tall) {
                    // Rows whose cells wrap would run together without a rule between them.
                    out.add(border("├", "─", "┼", "┤"));
                }
                out.addAll(lines(laidBody.get(r)));
            }
            out.add(border("└", "─", "┴", "┘"));
            return out;
        }

        private List<List<Row>> layout(TextFlow[] row) {
            List<List<Row>> cells = new ArrayList<>(row.length);
            for (int c = 0; c < row.length; c++) {
                cells.add(images.inCell(LineBreaker.layout(row[c], widths[c]), widths[c]));
            }
            return cells;
        }

        private static int height(List<List<Row>> cells) {
            int h = 1;
            for (List<Row> cell : cells) {
                h = Math.max(h, cell.size());
            }
            return h;
        }

        private List<Row> lines(List<List<Row>> cells) {
            int height = height(cells);
            String gap = Fill.spaces(pad);
            List<Row> out = new ArrayList<>(height);
            for (int i = 0; i < height; i++) {
                List<Span> spans = new ArrayList<>();
                List<IntConsumer> tags = new ArrayList<>();
                spans.add(new Span("│" + gap, Role.TABLE_BORDER));
                for (int c = 0; c < cells.size(); c++) {
                    List<Row> cell = cells.get(c);
                    Row row = i < cell.size() ? cell.get(i) : Row.EMPTY;
                    int free = widths[c] - row.width();
                    int left = leftPadding(alignments.get(c), free);
                    addSpaces(spans, left);
                    boxStart(cell, i).ifPresent(box -> {
                        int column = this.left + widthOf(spans);
                        tags.add(line -> images.placeInCell(box[0], line, column, box[1], box[2]));
                    });
                    spans.addAll(row.spans());
                    addSpaces(spans, free - left);
                    spans.add(new Span(gap + "│" + (c + 1 < cells.size() ? gap : ""), Role.TABLE_BORDER));
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

        private Row border(String left, String fill, String cross, String right) {
            StringBuilder sb = new StringBuilder(left);
            for (int c = 0; c < widths.length; c++) {
                sb.append(Fill.repeat(fill, widths[c] + 2 * pad));
                sb.append(c + 1 < widths.length ? cross : right);
            }
            return Row.of(new Span(sb.toString(), Role.TABLE_BORDER));
        }
    }
}
