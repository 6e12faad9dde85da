package dev.folio.viewer;

import dev.folio.theme.Highlight;
import dev.folio.layout.Line;
import dev.folio.layout.LinkRegion;
import dev.folio.layout.Span;
import dev.folio.layout.WideBlock;
import dev.folio.text.Graphemes;
import dev.folio.text.Width;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Paints the page lines on screen: the layout's spans, with the focused link, search matches
 * and hint labels drawn over them. Only the lines on screen are looked at.
 */
final class PageRows {
    /** A highlighted cell range of one line; hints carry their label. */
    private record Mark(int from, int to, Highlight highlight, String label) {}

    private final ViewerState state;
    private final Map<Integer, List<Mark>> marks = new HashMap<>();
    private final Map<Integer, List<Mark>> hints = new HashMap<>();

    PageRows(ViewerState state) {
        this.state = state;
        collectMatches();
        if (state.mode() == Mode.HINTS) {
            collectHints();
        }
    }

    private void collectMatches() {
        Search search = state.search();
        if (!search.shown()) {
            return;
        }
        List<Match> matches = search.matches();
        int bottom = state.top() + state.pageRows();
        // Matches are in page order; step back over those that began above and reach the screen.
        int i = SearchKeys.firstFrom(matches, state.top());
        if (i < 0) {
            i = matches.size();
        }
        while (i > 0 && matches.get(i - 1).lastLine() >= state.top()) {
            i--;
        }
        for (; i < matches.size() && matches.get(i).line() < bottom; i++) {
            Highlight h = i == search.current() ? Highlight.CURRENT_MATCH : Highlight.MATCH;
            for (Match.Part p : matches.get(i).parts()) {
                if (state.isVisible(p.line()) && p.width() > 0) {
                    marks.computeIfAbsent(p.line(), k -> new ArrayList<>()).add(new Mark(p.column(), p.column() + p.width(), h, null));
                }
            }
        }
    }

    private void collectHints() {
        String typed = state.prompt() == null ? "" : state.prompt().text();
        List<LinkRegion> visible = Navigation.visibleLinks(state);
        for (int i = 0; i < visible.size(); i++) {
            String label = Hints.label(i);
            if (!label.startsWith(typed)) {
                continue;
            }
            for (LinkRegion.Part p : visible.get(i).parts()) {
                if (state.isVisible(p.line())) {
                    Mark m = new Mark(p.column(), p.column() + Width.of(label), Highlight.HINT, label);
                    hints.computeIfAbsent(p.line(), k -> new ArrayList<>()).add(m);
                    break;
                }
            }
        }
    }

    /** The segments of one page line (or an empty row past the end), at most the screen wide. */
    List<Segment> row(int line) {
        List<Segment> out = new ArrayList<>();
        if (state.columnLeft() > 0) {
            out.add(Cells.blank(state.columnLeft()));
        }
        if (line >= state.page().size()) {
            return out;
        }
        WideBlock wide = state.page().wide().isEmpty() ? null : state.page().wideAt(line);
        List<Segment> text = paint(wide == null ? state.page().lines().get(line) : state.page().whole(line),
                marks.getOrDefault(line, List.of()));
        if (wide != null) {
            text = sideways(text, wide, line);
        }
        // A hint goes in before its link, pushing the rest of the line right: it hides no text.
        // From the right, so that the columns of the hints still to insert stay where they were.
        List<Mark> lineHints = new ArrayList<>(hints.getOrDefault(line, List.of()));
        lineHints.sort((a, b) -> Integer.compare(b.from(), a.from()));
        for (Mark hint : lineHints) {
            List<Segment> with = new ArrayList<>(Cells.slice(text, 0, hint.from()));
            with.add(new Segment(hint.label(), dev.folio.layout.Role.LINK, 0, hint.highlight()));
            with.addAll(Cells.slice(text, hint.from(), Cells.width(text)));
            text = with;
        }
        out.addAll(text);
        return Cells.fit(out, state.width());
    }

    /**
     * A whole code line of a wide block, painted: what is before the code, then the window of the
     * code the block is scrolled to, with {@code ‹} and {@code ›} over its edges where there is more.
     */
    private List<Segment> sideways(List<Segment> text, WideBlock block, int line) {
        WideBlock.Part part = block.part(line);
        int offset = state.sideways().offset(block);
        int column = part.column();
        List<Segment> out = new ArrayList<>(Cells.slice(text, 0, column));
        out.addAll(Cells.slice(text, column + offset, column + offset + block.room()));
        if (offset > 0 && part.width() > 0 && block.room() > 1) {
            out = Cells.overlay(out, column, List.of(edge(MORE_LEFT)));
        }
        if (offset + block.room() < part.width()) {
            out = Cells.overlay(out, column + block.room() - 1, List.of(edge(MORE_RIGHT)));
        }
        return out;
    }

    /** The marks at the edges of a wide block's window: there is more that way. */
    static final String MORE_LEFT = "‹";
    static final String MORE_RIGHT = "›";

    private static Segment edge(String mark) {
        return new Segment(mark, dev.folio.layout.Role.CONTINUATION, 0, Highlight.NONE);
    }

    private List<Segment> paint(Line line, List<Mark> lineMarks) {
        List<Segment> out = new ArrayList<>(line.spans().size());
        int col = 0;
        for (Span span : line.spans()) {
            Highlight base = span.isLink() && span.link() == state.focus()
                    ? Highlight.FOCUSED_LINK : Highlight.NONE;
            int end = col + span.width();
            if (!overlaps(lineMarks, col, end)) {
                out.add(new Segment(span.text(), span.role(), span.marks(), base));
            } else {
                split(out, span, col, base, lineMarks);
            }
            col = end;
        }
        return out;
    }

    /** One span cut where the highlight changes, cluster by cluster. */
    private static void split(List<Segment> out, Span span, int startColumn, Highlight base, List<Mark> lineMarks) {
        String t = span.text();
        int col = startColumn;
        int runStart = 0;
        Highlight runHighlight = null;
        for (int i = 0; i < t.length(); ) {
            int end = Graphemes.next(t, i);
            Highlight h = at(lineMarks, col, base);
            if (runHighlight != null && h != runHighlight) {
                out.add(new Segment(t.substring(runStart, i), span.role(), span.marks(), runHighlight));
                runStart = i;
            }
            runHighlight = h;
            col += Width.cluster(t, i, end);
            i = end;
        }
        if (runHighlight != null) {
            out.add(new Segment(t.substring(runStart), span.role(), span.marks(), runHighlight));
        }
    }

    private static boolean overlaps(List<Mark> lineMarks, int from, int to) {
        for (Mark m : lineMarks) {
            if (m.from() < to && m.to() > from) {
                return true;
            }
        }
        return false;
    }

    /** The current match wins over other matches, a match over the focused link. */
    private static Highlight at(List<Mark> lineMarks, int col, Highlight base) {
        Highlight found = base;
        for (Mark m : lineMarks) {
            if (col >= m.from() && col < m.to()) {
                if (m.highlight() == Highlight.CURRENT_MATCH) {
                    return m.highlight();
                }
                found = m.highlight();
            }
        }
        return found;
    }
}
