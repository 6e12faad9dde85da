package dev.folio.layout;

import dev.folio.doc.Block.Alignment;
import dev.folio.text.Graphemes;
import dev.folio.text.Width;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntConsumer;

/**
 * Puts rows on the page behind the gutters of the containers they sit in, and keeps blank
 * lines between blocks. Containers are a stack of {@link Gutter}s; past a readable depth (or
 * when the indent would leave too little room) a container stops indenting and shows a depth
 * marker {@code »N} instead, so 5,000 nested quotes still leave room for their text.
 */
final class Emitter {
    /** Deeper containers are not indented further. */
    static final int MAX_INDENTED_DEPTH = 12;
    /** Columns of text an indent must leave at wide widths. */
    private static final int ROOM = 20;

    private final PageBuilder page;
    private final int width;
    private final int maxIndent;
    private final List<Level> levels = new ArrayList<>();
    /** levels[0, visible) are indented; deeper ones show only a depth marker. */
    private int visible;
    /** levels[0, usedUpTo) have had a line, so they draw their {@code rest} gutter. */
    private int usedUpTo;
    private boolean blankPending;
    private int blankDepth;
    private final List<IntConsumer> pendingTags = new ArrayList<>();
    /** Centred or right-aligned blocks being laid out, innermost last (empty: left). */
    private final List<Alignment> alignments = new ArrayList<>();

    /**
     * @param shown       the gutter this level draws (with a depth marker when it is folded)
     * @param base        how many outer levels are drawn before it (all of them unless folded)
     * @param restPrefix  everything drawn before a continued line at this depth
     * @param prefixWidth the width of the prefix at this depth
     */
    private record Level(Gutter shown, int base, List<Span> restPrefix, int prefixWidth) {}

    Emitter(PageBuilder page, int width) {
        this.page = page;
        this.width = width;
        int room = Math.max(2, Math.min(ROOM, width / 2));
        this.maxIndent = width - room;
    }

    /** Columns left for content at the current depth (at least 1). */
    int contentWidth() {
        return Math.max(1, width - prefixWidth());
    }

    void push(Gutter gutter) {
        int depth = levels.size();
        if (visible == depth && depth < MAX_INDENTED_DEPTH && drawnWidth(depth) + gutter.width() <= maxIndent) {
            levels.add(level(gutter, depth));
            visible++;
            return;
        }
        // Too deep to indent: draw the outer levels that leave room, then »N for the N levels folded away.
        for (int base = visible; base >= 0; base--) {
            Gutter marked = gutter.deeper(depth + 1 - base);
            if (drawnWidth(base) + marked.width() <= maxIndent) {
                levels.add(level(marked, base));
                return;
            }
        }
        for (int base = visible; base >= 0; base--) {
            Gutter marker = Gutter.depthOnly(depth + 1 - base, gutter.role());
            if (drawnWidth(base) + marker.width() <= maxIndent) {
                levels.add(level(marker, base));
                return;
            }
        }
        levels.add(level(Gutter.none(gutter.role()), visible));
    }

    /** A level drawing {@code shown} after the first {@code base} levels. */
    private Level level(Gutter shown, int base) {
        List<Span> baseRest = base == 0 ? List.of() : levels.get(base - 1).restPrefix();
        return new Level(shown, base, concat(baseRest, shown.rest()), drawnWidth(base) + shown.width());
    }

    /** The width of the gutters of the first {@code count} levels (all indented ones). */
    private int drawnWidth(int count) {
        return count == 0 ? 0 : levels.get(count - 1).prefixWidth();
    }

    void pop() {
        levels.remove(levels.size() - 1);
        int depth = levels.size();
        visible = Math.min(visible, depth);
        usedUpTo = Math.min(usedUpTo, depth);
        blankDepth = Math.min(blankDepth, depth);
    }

    /** Rows from now on are aligned so in the content width ({@code align="center"}, right-to-left text). */
    void pushAlignment(Alignment alignment) {
        alignments.add(alignment);
    }

    void popAlignment() {
        alignments.remove(alignments.size() - 1);
    }

    /** The row moved right by the free room (all of it, or half when centred). */
    private Row aligned(Row row) {
        Alignment a = alignments.isEmpty() ? Alignment.LEFT : alignments.get(alignments.size() - 1);
        if (row.isEmpty() || (a != Alignment.CENTER && a != Alignment.RIGHT)) {
            return row;
        }
        int free = contentWidth() - row.width();
        int shift = a == Alignment.CENTER ? free / 2 : free;
        return shift <= 0 ? row : row.withPrefix(List.of(new Span(Fill.spaces(shift), Role.INDENT)));
    }

    /** Asks for a blank line before the next row, drawn with the gutters common to both sides. */
    void requestBlank() {
        if (!blankPending) {
            blankPending = true;
            blankDepth = levels.size();
        }
    }

    /** Calls {@code tag} with the page line of the next row emitted. */
    void tagNextLine(IntConsumer tag) {
        pendingTags.add(tag);
    }

    void emit(List<Row> rows, int sourceLine) {
        for (Row row : rows) {
            emit(row, sourceLine);
        }
    }

    void emit(Row row, int sourceLine) {
        row = aligned(row);
        if (blankPending) {
            blankPending = false;
            if (page.size() > 0) {
                List<Span> prefix = blankDepth == 0 ? List.of() : levels.get(blankDepth - 1).restPrefix();
                page.add(new Line(trimTrailingSpaces(prefix), sourceLine, Line.Wrap.END));
            }
        }
        List<Span> prefix = prefix();
        usedUpTo = levels.size();
        List<Span> spans = row.isEmpty() ? trimTrailingSpaces(prefix) : concat(prefix, row.spans());
        Line line = new Line(spans, sourceLine, row.wrap());
        if (line.width() > width) {
            line = new Line(clip(spans, width), sourceLine, row.wrap());
        }
        int index = page.add(line);
        for (IntConsumer tag : pendingTags) {
            tag.accept(index);
        }
        pendingTags.clear();
        for (IntConsumer tag : row.tags()) {
            tag.accept(index);
        }
    }

    private int prefixWidth() {
        return levels.isEmpty() ? 0 : levels.get(levels.size() - 1).prefixWidth();
    }

    /** First-line gutters for levels that have had no line yet, continuation gutters for the others. */
    private List<Span> prefix() {
        int depth = levels.size();
        if (depth == 0) {
            return List.of();
        }
        Level innermost = levels.get(depth - 1);
        boolean folded = depth > visible;
        int drawn = folded ? innermost.base() : visible;
        List<Span> out = new ArrayList<>();
        int used = Math.min(usedUpTo, drawn);
        if (used > 0) {
            out.addAll(levels.get(used - 1).restPrefix());
        }
        for (int i = used; i < drawn; i++) {
            out.addAll(levels.get(i).shown().first());
        }
        if (folded) {
            out.addAll(depth - 1 < usedUpTo ? innermost.shown().rest() : innermost.shown().first());
        }
        return out;
    }

    private static List<Span> concat(List<Span> a, List<Span> b) {
        List<Span> all = new ArrayList<>(a.size() + b.size());
        all.addAll(a);
        all.addAll(b);
        return all;
    }

    /** A blank line shows its bars but no dangling indentation. */
    private static List<Span> trimTrailingSpaces(List<Span> spans) {
        List<Span> out = new ArrayList<>(spans);
        while (!out.isEmpty()) {
            Span last = out.get(out.size() - 1);
            String t = last.text().stripTrailing();
            if (t.equals(last.text())) {
                break;
            }
            out.remove(out.size() - 1);
            if (!t.isEmpty()) {
                out.add(new Span(t, last.role(), last.marks(), last.link()));
                break;
            }
        }
        return out;
    }

    /** Last-resort guard of the width invariant: renderers are meant never to need it. */
    private static List<Span> clip(List<Span> spans, int width) {
        List<Span> out = new ArrayList<>();
        int used = 0;
        for (Span s : spans) {
            if (used + s.width() <= width) {
                out.add(s);
                used += s.width();
                continue;
            }
            String t = s.text();
            int i = 0;
            while (i < t.length()) {
                int end = Graphemes.next(t, i);
                int w = Width.cluster(t, i, end);
                if (used + w > width) {
                    break;
                }
                used += w;
                i = end;
            }
            if (i > 0) {
                out.add(new Span(t.substring(0, i), s.role(), s.marks(), s.link()));
            }
            break;
        }
        return out;
    }
}
