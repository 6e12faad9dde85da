package dev.folio.markdown;

import com.vladsch.flexmark.ast.HtmlBlock;
import com.vladsch.flexmark.util.ast.Node;
import dev.folio.doc.Block;
import dev.folio.doc.Inline;
import dev.folio.html.HtmlTable;
import dev.folio.html.HtmlTableReader;
import java.util.ArrayList;
import java.util.List;

/**
 * Raw HTML tables. A README's table often runs over several flexmark blocks (blank lines around
 * Markdown inside {@code <td>}), so the blocks up to the one that closes the table are taken
 * together, read with jsoup ({@link HtmlTableReader}), and each cell's content parsed as
 * Markdown of its own (inline HTML and Markdown both work in cells). A data table becomes a
 * {@link Block.Table}, laid out with the same grid as GFM tables; a table that only arranges
 * blocks (one column, or cells holding anything but paragraphs: lists, headings, tables) gives
 * its cells' blocks in order.
 */
final class HtmlTableBlocks {
    /**
     * How many following blocks a table may run over. Tables of READMEs span a few dozen; the
     * bound keeps a document of thousands of unclosed tables linear.
     */
    static final int MAX_BLOCKS = 256;

    private final ConversionContext context;
    private final HtmlBlockConverter html;

    HtmlTableBlocks(ConversionContext context, HtmlBlockConverter html) {
        this.context = context;
        this.html = html;
    }

    /** Whether {@code node} is an HTML block with a table in it. */
    static boolean startsTable(Node node) {
        return node instanceof HtmlBlock && indexOfIgnoreCase(node.getChars(), "<table", 0) >= 0;
    }

    /** Converts the table starting in {@code first} (and the siblings it runs over); returns the last node used. */
    Node convert(Node first, BlockSink sink) {
        Node last = first;
        int balance = balance(first.getChars());
        for (int taken = 0; balance > 0 && last.getNext() != null && taken < MAX_BLOCKS; taken++) {
            last = last.getNext();
            balance += balance(last.getChars());
        }
        if (balance > 0) {
            last = first; // never closed: the browser's reading ends it with its block
        }
        String text = first.getChars().getBaseSequence().subSequence(first.getStartOffset(), last.getEndOffset()).toString();
        int line = context.lineOf(first);
        int start = indexOfIgnoreCase(text, "<table", 0);
        int end = tableEnd(text, start);
        if (start > 0 && !text.substring(0, start).isBlank()) {
            html.convert(text.substring(0, start), line, sink);
        }
        table(text.substring(start, end), line + countLines(text, start), sink);
        if (end < text.length() && !text.substring(end).isBlank()) {
            html.convert(text.substring(end), line + countLines(text, end), sink);
        }
        return last;
    }

    private void table(String source, int line, BlockSink sink) {
        HtmlTable table = HtmlTableReader.read(source);
        if (table == null || table.rows().isEmpty()) {
            html.convert(source, line, sink);
            return;
        }
        java.util.Map<HtmlTable.Cell, List<Block>> converted = new java.util.IdentityHashMap<>();
        boolean data = table.isDataTable();
        for (HtmlTable.Row row : table.rows()) {
            for (HtmlTable.Cell cell : row.cells()) {
                List<Block> blocks = cellBlocks(cell, line);
                converted.put(cell, blocks);
                data &= blocks.stream().allMatch(b -> b instanceof Block.Paragraph || b instanceof Block.Aligned);
            }
        }
        if (!data) {
            for (HtmlTable.Row row : table.rows()) {
                for (HtmlTable.Cell cell : row.cells()) {
                    converted.get(cell).forEach(sink::add);
                }
            }
            return;
        }
        int columns = table.columns();
        List<Block.Alignment> alignments = new ArrayList<>();
        List<List<List<Inline>>> header = new ArrayList<>();
        List<List<List<Inline>>> body = new ArrayList<>();
        boolean inHeader = true;
        List<List<Integer>> headerSpans = new ArrayList<>();
        List<List<Integer>> bodySpans = new ArrayList<>();
        boolean merged = false;
        for (HtmlTable.Row row : table.rows()) {
            List<List<Inline>> cells = new ArrayList<>();
            List<Integer> spans = new ArrayList<>();
            for (HtmlTable.Cell cell : row.cells()) {
                if (cells.size() >= columns) {
                    break;
                }
                if (alignments.size() == cells.size()) {
                    alignments.add(alignment(cell.align()));
                }
                cells.add(CellContent.inlines(converted.get(cell)));
                int first = spans.size();
                spans.add(1);
                for (int k = 1; k < cell.colspan() && cells.size() < columns; k++) {
                    cells.add(List.of()); // a spanned column: its text stands in the first cell
                    spans.add(0);
                    spans.set(first, spans.get(first) + 1);
                    merged = true;
                    if (alignments.size() < cells.size()) {
                        alignments.add(Block.Alignment.DEFAULT);
                    }
                }
            }
            while (cells.size() < columns) {
                cells.add(List.of());
                spans.add(1);
            }
            inHeader &= row.header();
            (inHeader ? header : body).add(cells);
            (inHeader ? headerSpans : bodySpans).add(spans);
        }
        while (alignments.size() < columns) {
            alignments.add(Block.Alignment.DEFAULT);
        }
        if (!table.caption().isBlank()) {
            sink.add(new Block.Paragraph(List.of(new Inline.Styled(Inline.Decoration.EMPHASIS,
                    List.of(new Inline.Text(table.caption().strip())))), line));
        }
        List<List<Integer>> spans = new ArrayList<>(headerSpans);
        spans.addAll(bodySpans);
        sink.add(new Block.Table(alignments, header, body, line, merged ? spans : List.of()));
    }

    /** A cell's content as blocks: its HTML read as Markdown (each line unindented, so nothing turns into code). */
    private List<Block> cellBlocks(HtmlTable.Cell cell, int line) {
        StringBuilder md = new StringBuilder(cell.html().length());
        for (String l : cell.html().split("\n", -1)) {
            md.append(l.strip()).append('\n');
        }
        List<Block> blocks = context.parseNested(md.toString(), line);
        if (blocks != null) {
            return new ArrayList<>(blocks);
        }
        BlockSink plain = new BlockSink(0);
        html.convert(cell.html(), line, plain); // nested too deep: the cell's HTML alone
        return new ArrayList<>(plain.finish());
    }

    private static Block.Alignment alignment(String align) {
        switch (align) {
            case "left": return Block.Alignment.LEFT;
            case "center": return Block.Alignment.CENTER;
            case "right": return Block.Alignment.RIGHT;
            default: return Block.Alignment.DEFAULT;
        }
    }

    /** Opened minus closed tables in {@code s}. */
    private static int balance(CharSequence s) {
        int n = 0;
        for (int i = indexOfIgnoreCase(s, "<table", 0); i >= 0; i = indexOfIgnoreCase(s, "<table", i + 1)) {
            n++;
        }
        for (int i = indexOfIgnoreCase(s, "</table", 0); i >= 0; i = indexOfIgnoreCase(s, "</table", i + 1)) {
            n--;
        }
        return n;
    }

    /** Where the table opened at {@code start} ends (after its {@code >}), counting nested tables; the text end if never. */
    private static int tableEnd(String s, int start) {
        int depth = 0;
        int i = start;
        while (i >= 0 && i < s.length()) {
            int open = indexOfIgnoreCase(s, "<table", i);
            int close = indexOfIgnoreCase(s, "</table", i);
            if (close < 0) {
                return s.length();
            }
            if (open >= 0 && open < close) {
                depth++;
                i = open + 1;
            } else {
                depth--;
                int gt = s.indexOf('>', close);
                i = gt < 0 ? s.length() : gt + 1;
                if (depth == 0) {
                    return i;
                }
            }
        }
        return s.length();
    }

    private static int countLines(String s, int to) {
        int n = 0;
        for (int i = 0; i < to; i++) {
            if (s.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    static int indexOfIgnoreCase(CharSequence s, String needle, int from) {
        int n = s.length();
        int m = needle.length();
        outer:
        for (int i = Math.max(0, from); i + m <= n; i++) {
            for (int k = 0; k < m; k++) {
                if (Character.toLowerCase(s.charAt(i + k)) != needle.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
