package dev.folio.viewer;

import dev.folio.theme.Highlight;
import dev.folio.layout.Role;
import dev.folio.text.Graphemes;
import dev.folio.text.Sanitizer;
import dev.folio.text.Width;
import java.util.ArrayList;
import java.util.List;

/**
 * Rows of segments measured in screen cells: cut, truncate with an ellipsis, pad, and draw one
 * row over another. Widths come from {@link Width}; a grapheme cluster is never split, and a
 * wide character that would be cut in half becomes spaces instead. Text is made visible
 * ({@link Sanitizer}) before it is measured, since that is what will be shown.
 */
final class Cells {
    static final String ELLIPSIS = "…";

    private Cells() {}

    static int width(List<Segment> row) {
        int w = 0;
        for (Segment s : row) {
            w += s.width();
        }
        return w;
    }

    /** The longest prefix of {@code text} at most {@code width} columns wide. */
    static String clip(String raw, int width) {
        String text = Sanitizer.visible(raw);
        int w = 0;
        int i = 0;
        while (i < text.length()) {
            int end = Graphemes.next(text, i);
            int cw = Width.cluster(text, i, end);
            if (w + cw > width) {
                break;
            }
            w += cw;
            i = end;
        }
        return text.substring(0, i);
    }

    /** {@code text} if it fits, else its prefix and an ellipsis, together at most {@code width} wide. */
    static String ellipsize(String raw, int width) {
        String text = Sanitizer.visible(raw);
        if (Width.of(text) <= width) {
            return text;
        }
        int ew = Width.of(ELLIPSIS);
        return width < ew ? clip(text, width) : clip(text, width - ew) + ELLIPSIS;
    }

    /**
     * {@code text} if it fits, else its start and its end with an ellipsis between, together at
     * most {@code width} wide: for paths, whose ends (folder, file name) say the most.
     */
    static String ellipsizeMiddle(String raw, int width) {
        String text = Sanitizer.visible(raw);
        int ew = Width.of(ELLIPSIS);
        if (Width.of(text) <= width || width <= ew + 1) {
            return ellipsize(text, width);
        }
        int tail = (width - ew + 1) / 2; // the end (the file name) gets the odd column
        String end = clipEnd(text, tail);
        String start = clip(text, width - ew - Width.of(end));
        return start + ELLIPSIS + end;
    }

    /** The longest suffix of {@code text} at most {@code width} columns wide. */
    static String clipEnd(String text, int width) {
        List<Integer> starts = new ArrayList<>();
        for (int i = 0; i < text.length(); i = Graphemes.next(text, i)) {
            starts.add(i);
        }
        int w = 0;
        int from = text.length();
        for (int k = starts.size() - 1; k >= 0; k--) {
            int cw = Width.cluster(text, starts.get(k), from);
            if (w + cw > width) {
                break;
            }
            w += cw;
            from = starts.get(k);
        }
        return text.substring(from);
    }

    /** Hard-wraps text into pieces at most {@code width} wide (for targets, which have no spaces). */
    static List<String> wrap(String text, int width) {
        List<String> out = new ArrayList<>();
        String rest = Sanitizer.visible(text);
        while (!rest.isEmpty()) {
            String piece = clip(rest, Math.max(1, width));
            if (piece.isEmpty()) {
                // a cluster wider than the whole width: show it alone rather than loop forever
                piece = rest.substring(0, Graphemes.next(rest, 0));
            }
            out.add(piece);
            rest = rest.substring(piece.length());
        }
        if (out.isEmpty()) {
            out.add("");
        }
        return out;
    }

    /** Wraps prose at spaces into lines at most {@code width} wide; a word too long is cut. */
    static List<String> wrapWords(String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder();
        for (String word : Sanitizer.visible(text).split(" ")) {
            String joined = line.length() == 0 ? word : line + " " + word;
            if (Width.of(joined) <= width) {
                line.setLength(0);
                line.append(joined);
                continue;
            }
            if (line.length() > 0) {
                out.add(line.toString());
            }
            List<String> pieces = wrap(word, width);
            out.addAll(pieces.subList(0, pieces.size() - 1));
            line.setLength(0);
            line.append(pieces.get(pieces.size() - 1));
        }
        out.add(line.toString());
        return out;
    }

    /** The row cut to {@code width}, with an ellipsis if anything was cut off. */
    static List<Segment> fit(List<Segment> row, int width) {
        if (width(row) <= width) {
            return row;
        }
        int ew = Width.of(ELLIPSIS);
        if (width < ew) {
            return slice(row, 0, width);
        }
        List<Segment> out = new ArrayList<>(slice(row, 0, width - ew));
        Segment last = row.get(row.size() - 1);
        out.add(new Segment(ELLIPSIS, last.role(), last.marks(), last.highlight()));
        return out;
    }

    /** Columns {@code [from, to)} of a row; half of a wide character becomes a space. */
    static List<Segment> slice(List<Segment> row, int from, int to) {
        List<Segment> out = new ArrayList<>();
        int col = 0;
        for (Segment seg : row) {
            int segEnd = col + seg.width();
            if (segEnd <= from && seg.width() > 0 || col >= to) {
                col = segEnd;
                continue;
            }
            if (col >= from && segEnd <= to) {
                out.add(seg);
                col = segEnd;
                continue;
            }
            StringBuilder kept = new StringBuilder();
            String t = seg.text();
            for (int i = 0; i < t.length(); ) {
                int end = Graphemes.next(t, i);
                int w = Width.cluster(t, i, end);
                if (col >= from && col + w <= to && (w > 0 || col < to)) {
                    kept.append(t, i, end);
                } else {
                    for (int c = Math.max(col, from); c < Math.min(col + w, to); c++) {
                        kept.append(' ');
                    }
                }
                col += w;
                i = end;
            }
            if (kept.length() > 0) {
                out.add(new Segment(kept.toString(), seg.role(), seg.marks(), seg.highlight()));
            }
        }
        return out;
    }

    /** Draws {@code over} on {@code base} starting at {@code column}; the base is padded if shorter. */
    static List<Segment> overlay(List<Segment> base, int column, List<Segment> over) {
        List<Segment> out = new ArrayList<>(slice(base, 0, column));
        int gap = column - width(out);
        if (gap > 0) {
            out.add(blank(gap));
        }
        out.addAll(over);
        int end = column + width(over);
        int baseWidth = width(base);
        if (baseWidth > end) {
            out.addAll(slice(base, end, baseWidth));
        }
        return out;
    }

    static Segment blank(int columns) {
        return new Segment(" ".repeat(Math.max(0, columns)), Role.INDENT, 0, Highlight.NONE);
    }

    /** A segment of exactly {@code width} columns: the text cut with an ellipsis, or padded. */
    static Segment padded(String text, int width, Highlight highlight) {
        String shown = ellipsize(text, width);
        int pad = width - Width.of(shown);
        return new Segment(shown + " ".repeat(Math.max(0, pad)), Role.TEXT, 0, highlight);
    }
}
