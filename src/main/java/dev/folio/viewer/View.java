package dev.folio.viewer;

import dev.folio.theme.Highlight;
import dev.folio.text.Sanitizer;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a state: exactly {@code height} rows, none wider than {@code width}. The page rows show
 * the reading column; panels (outline, media, help, confirmation) are drawn over them; the last
 * row is the status line or the prompt.
 */
public final class View {
    private View() {}

    public static Frame render(ViewerState s) {
        List<List<Segment>> rows = new ArrayList<>(s.height());
        boolean library = s.shelf().library() != null && (s.mode() == Mode.LIBRARY || LibraryKeys.isFolder(s.source()));
        if (library) {
            rows.addAll(LibraryRows.render(s.shelf().library(), s.width(), s.pageRows()));
        } else {
            PageRows page = new PageRows(s);
            for (int r = 0; r < s.pageRows(); r++) {
                // The full-screen image has the screen to itself.
                rows.add(s.mode() == Mode.IMAGE ? List.of() : page.row(s.top() + r));
            }
        }
        if (!library && isEmpty(s) && !rows.isEmpty()) {
            String note = Cells.ellipsize(EMPTY, s.width());
            int left = Math.max(0, (s.width() - dev.folio.text.Width.of(note)) / 2);
            rows.set(rows.size() / 2, List.of(Cells.blank(left), new Segment(note, dev.folio.layout.Role.TEXT, 0,
                    Highlight.OVERLAY_DIM)));
        }
        if (s.mode().isOverlay()) {
            drawPanel(s, rows);
        }
        int cursorColumn = -1;
        int cursorRow = -1;
        StatusLine.Prompted prompt = StatusLine.prompt(s);
        if (prompt != null) {
            rows.add(prompt.row());
            cursorColumn = prompt.cursor();
            cursorRow = s.height() - 1;
        } else {
            List<List<Segment>> status = StatusLine.rows(s);
            if (status.size() == 2 && !rows.isEmpty()) {
                rows.set(rows.size() - 1, status.get(0)); // a long message takes the row above too
            }
            rows.add(status.get(status.size() - 1));
        }
        List<Frame.Row> out = new ArrayList<>(rows.size());
        for (List<Segment> row : rows) {
            out.add(new Frame.Row(Cells.fit(row, s.width())));
        }
        return new Frame(s.width(), s.height(), out, cursorColumn, cursorRow, Pictures.of(s));
    }

    /** What an empty document shows in the middle of the screen. */
    static final String EMPTY = "This document is empty.";

    /** A document with nothing to show (no text at all, or only blank lines), once it has arrived. */
    static boolean isEmpty(ViewerState s) {
        if (s.source() == null || LibraryKeys.isFolder(s.source()) || Streams.receiving(s)) {
            return false; // still loading or arriving, or a folder: the library view lists it
        }
        for (dev.folio.layout.Line line : s.page().lines()) {
            if (!line.text().isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static void drawPanel(ViewerState s, List<List<Segment>> rows) {
        boolean confirm = s.mode() == Mode.CONFIRM_OPEN;
        Panel probe = Panel.of(s, 1);
        List<String> items = confirm ? confirmation(s, probe.inner()) : Panel.items(s);
        Panel panel = Panel.of(s, items.size());
        if (rows.isEmpty()) {
            return;
        }
        int first = s.mode().scrollsText() ? Math.min(s.selection(), Math.max(0, items.size() - panel.bodyRows()))
                : panel.firstShown(s.selection(), items.size());
        List<PanelPainter.Line> body = new ArrayList<>();
        for (int i = 0; i < panel.bodyRows(); i++) {
            int index = first + i;
            String text = index < items.size() ? items.get(index) : "";
            boolean selected = (s.mode() == Mode.OUTLINE || s.mode() == Mode.MEDIA_LIST || s.mode() == Mode.BOOKMARKS
                    || s.mode() == Mode.SEARCH_RESULTS) && index == s.selection();
            body.add(new PanelPainter.Line(text, selected ? Highlight.OVERLAY_SELECTED : Highlight.OVERLAY));
        }
        List<List<Segment>> panelRows = PanelPainter.rows(panel, Panel.title(s.mode()), body,
                Panel.footer(s.mode(), s.env().keys()));
        for (int i = 0; i < panelRows.size() && panel.top() + i < rows.size(); i++) {
            int r = panel.top() + i;
            rows.set(r, Cells.overlay(rows.get(r), panel.left(), panelRows.get(i)));
        }
    }

    /** The confirmation's body: the whole target (neutralised, wrapped), then why it is asked. */
    private static List<String> confirmation(ViewerState s, int width) {
        List<String> out = new ArrayList<>();
        if (s.pending() == null) {
            return out;
        }
        out.add("The link leads to:");
        out.addAll(Cells.wrap(Sanitizer.target(s.pending().external().target()), Math.max(1, width)));
        out.add("");
        out.addAll(Cells.wrapWords("(" + s.pending().reason() + ")", Math.max(1, width)));
        return out;
    }
}
