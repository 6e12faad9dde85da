package dev.folio.layout;

import dev.folio.text.Graphemes;
import dev.folio.text.Width;
import java.util.ArrayList;
import java.util.List;

/**
 * Greedy line breaking of a {@link TextFlow} at a width: at spaces, between CJK characters
 * (with kinsoku), and by grapheme cluster inside a word longer than the width. One pass over
 * the text: the width of the current line is carried, never re-measured, so the cost is linear.
 */
final class LineBreaker {
    private final CharSequence s;
    private final int width;
    private final RowCutter cutter;

    private int lineStart;
    private int lineWidth;
    /** The last break opportunity on the current line: where the next line would start, where this one would end. */
    private int breakNext = -1;
    private int breakEnd;
    private int breakWidth;
    private Line.Wrap breakWrap;
    /** The last cluster placed on the current line, so a forced cut can carry it along (kinsoku). */
    private int lastClusterStart = -1;
    private int lastClusterWidth;

    private LineBreaker(TextFlow flow, int width) {
        this.s = flow.text();
        this.width = Math.max(1, width);
        this.cutter = new RowCutter(flow, this.width);
    }

    /** The rows of {@code flow} at {@code width} columns; none is wider (but for a lone cluster wider than the width, replaced). */
    static List<Row> layout(TextFlow flow, int width) {
        LineBreaker breaker = new LineBreaker(flow, width);
        breaker.run();
        return breaker.cutter.finish();
    }

    private void run() {
        int n = s.length();
        int pos = 0;
        int prev = -1;      // first code point of the previous cluster, or -1 after a space or at a line start
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == '\n') {
                cut(pos, pos + 1, Line.Wrap.END);
                pos++;
                prev = -1;
            } else if (c == ' ') {
                int end = pos;
                while (end < n && s.charAt(end) == ' ') {
                    end++;
                }
                pos = spaces(pos, end, prev);
                prev = -1;
            } else {
                int end = clusterEnd(s, pos);
                int cp = Character.codePointAt(s, pos);
                if (prev >= 0 && BreakRules.canBreakBetween(prev, cp)) {
                    remember(pos, pos, lineWidth, Line.Wrap.DIRECT);
                }
                place(pos, Width.cluster(s, pos, end), cp);
                prev = cp;
                pos = end;
            }
        }
        if (lineStart < n && !onlySpaces(lineStart, n)) {
            cutter.row(lineStart, n, n, Line.Wrap.END);
        }
    }

    /** The end of the cluster at {@code pos}, which never swallows a forced line end (a ZWJ joins whatever follows). */
    private static int clusterEnd(CharSequence s, int pos) {
        int end = Graphemes.next(s, pos);
        for (int i = pos + 1; i < end; i++) {
            if (s.charAt(i) == '\n') {
                return i;
            }
        }
        return end;
    }

    private boolean onlySpaces(int from, int to) {
        for (int i = from; i < to; i++) {
            if (s.charAt(i) != ' ') {
                return false;
            }
        }
        return true;
    }

    /** Handles the run of spaces {@code [pos, end)}; returns where scanning goes on. */
    private int spaces(int pos, int end, int before) {
        int n = s.length();
        int count = end - pos;
        boolean lineEndsHere = end == n || s.charAt(end) == '\n';
        if (lineWidth + count <= width) {
            if (lineWidth > 0 && !lineEndsHere && BreakRules.allowsBreak(before, Character.codePointAt(s, end))) {
                remember(end, pos, lineWidth + count, Line.Wrap.SPACE);
            }
            lineWidth += count;
            return end;
        }
        if (lineWidth == 0) {
            lineStart = end;            // leading spaces wider than the line: drop them
            return end;
        }
        if (lineEndsHere) {
            cut(pos, Math.min(n, end + 1), Line.Wrap.END);
            return Math.min(n, end + 1);
        }
        cut(pos, end, Line.Wrap.SPACE);
        return end;
    }

    /** Adds a cluster of {@code w} columns at {@code pos}, wrapping first if it does not fit. */
    private void place(int pos, int w, int cp) {
        if (lineWidth + w > width && lineWidth > 0) {
            if (breakNext > lineStart) {
                int carried = lineWidth - breakWidth;
                cutter.row(lineStart, breakEnd, breakNext, breakWrap);
                lineStart = breakNext;
                lineWidth = carried;
                breakNext = -1;
            }
            if (lineWidth + w > width && lineWidth > 0) {
                boolean carry = BreakRules.isClosing(cp) && lastClusterStart > lineStart
                        && lastClusterWidth + w <= width;
                if (carry) {
                    // A forced cut inside a long word must not put "." or "，" first on the next line.
                    int carriedWidth = lastClusterWidth;
                    cut(lastClusterStart, lastClusterStart, Line.Wrap.DIRECT);
                    lineWidth = carriedWidth;
                } else {
                    cut(pos, pos, Line.Wrap.DIRECT);
                }
            }
        }
        lastClusterStart = pos;
        lastClusterWidth = w;
        lineWidth += w;
    }

    private void remember(int next, int end, int widthUpToNext, Line.Wrap wrap) {
        breakNext = next;
        breakEnd = end;
        breakWidth = widthUpToNext;
        breakWrap = wrap;
    }

    /** Ends the current line at {@code end}; the next one starts at {@code next}. */
    private void cut(int end, int next, Line.Wrap wrap) {
        cutter.row(lineStart, end, next, wrap);
        lineStart = next;
        lineWidth = 0;
        breakNext = -1;
    }

    /** The widths a table needs to size a column holding {@code flow}. */
    static Measure measure(TextFlow flow) {
        CharSequence s = flow.text();
        int n = s.length();
        int natural = 0;
        int minimum = 0;
        int widestCluster = 0;
        int line = 0;
        int lineToLastInk = 0;
        int segment = 0;
        int prev = -1;
        int pos = 0;
        while (pos < n) {
            char c = s.charAt(pos);
            if (c == '\n' || c == ' ') {
                line = c == '\n' ? 0 : line + 1;
                lineToLastInk = c == '\n' ? 0 : lineToLastInk;
                segment = 0;
                prev = -1;
                pos++;
                continue;
            }
            int end = clusterEnd(s, pos);
            int cp = Character.codePointAt(s, pos);
            int w = Width.cluster(s, pos, end);
            if (prev >= 0 && BreakRules.canBreakBetween(prev, cp)) {
                segment = 0;
            }
            segment += w;
            line += w;
            lineToLastInk = line;
            natural = Math.max(natural, lineToLastInk);
            minimum = Math.max(minimum, segment);
            widestCluster = Math.max(widestCluster, w);
            prev = cp;
            pos = end;
        }
        return new Measure(natural, minimum, Math.max(1, widestCluster));
    }

    /**
     * @param natural the width of the widest line when nothing wraps
     * @param minimum the widest piece that cannot wrap without breaking a word
     * @param cluster the widest grapheme cluster: no narrower column can hold the text
     */
    record Measure(int natural, int minimum, int cluster) {}

    /** Turns buffer ranges into rows of spans, walking the style runs and tags forward once. */
    private static final class RowCutter {
        private final TextFlow flow;
        private final int width;
        private final List<Row> rows = new ArrayList<>();
        private int run;
        private int tag;

        RowCutter(TextFlow flow, int width) {
            this.flow = flow;
            this.width = width;
        }

        void row(int start, int end, int next, Line.Wrap wrap) {
            CharSequence s = flow.text();
            while (end > start && s.charAt(end - 1) == ' ') {
                end--;
            }
            List<Span> spans = new ArrayList<>(2);
            while (run + 1 < flow.runCount() && flow.runStart(run + 1) <= start) {
                run++;
            }
            for (int r = run; r < flow.runCount() && flow.runStart(r) < end; r++) {
                int from = Math.max(start, flow.runStart(r));
                int to = Math.min(end, flow.runEnd(r));
                if (from < to) {
                    // A no-break space only holds words together here; on screen it is a space.
                    spans.add(flow.runStyle(r).span(s.subSequence(from, to).toString().replace('\u00A0', ' ')));
                }
            }
            List<java.util.function.IntConsumer> tags = new ArrayList<>(0);
            while (tag < flow.tagCount() && flow.tagPosition(tag) < next) {
                tags.add(flow.tag(tag++));
            }
            Row row = new Row(spans, wrap, tags);
            rows.add(row.width() > width ? tooWide(row) : row);
        }

        List<Row> finish() {
            if (tag < flow.tagCount() && !rows.isEmpty()) {
                Row last = rows.remove(rows.size() - 1);
                while (tag < flow.tagCount()) {
                    last = last.withTag(flow.tag(tag++));
                }
                rows.add(last);
            }
            if (!rows.isEmpty() && rows.get(rows.size() - 1).wrap() != Line.Wrap.END) {
                Row last = rows.remove(rows.size() - 1);
                rows.add(new Row(last.spans(), Line.Wrap.END, last.tags()));
            }
            return rows;
        }

        /** Only a lone cluster wider than the whole width gets here (a CJK character at width 1). */
        private Row tooWide(Row row) {
            SpanStyle style = new SpanStyle(row.spans().get(0).role(), row.spans().get(0).marks(), row.spans().get(0).link());
            return new Row(List.of(style.span(Fill.repeat("?", width))), row.wrap(), row.tags());
        }
    }
}
