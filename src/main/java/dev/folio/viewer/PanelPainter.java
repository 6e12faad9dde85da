package dev.folio.viewer;

import dev.folio.text.Width;
import dev.folio.theme.Highlight;
import java.util.ArrayList;
import java.util.List;

/**
 * Draws a {@link Panel}: a frame with the title in its top border and the keys in its bottom
 * one, every cell of its rectangle painted, so no page text shows through it.
 */
final class PanelPainter {
    private PanelPainter() {}

    /** A row of the panel per screen row it covers, top border first. */
    static List<List<Segment>> rows(Panel panel, String title, List<Line> body, String footer) {
        List<List<Segment>> out = new ArrayList<>();
        out.add(border('┌', '┐', panel.width(), title, Highlight.OVERLAY_TITLE));
        for (Line line : body) {
            List<Segment> row = new ArrayList<>();
            row.add(frame("│ "));
            row.add(Cells.padded(line.text(), panel.inner(), line.highlight()));
            row.add(frame(" │"));
            out.add(row);
        }
        out.add(border('└', '┘', panel.width(), panel.footer() ? footer : "", Highlight.OVERLAY_DIM));
        return out;
    }

    /** One body row: its text and how it is highlighted (selected, or not). */
    record Line(String text, Highlight highlight) {}

    /** {@code ┌─ Title ────┐}: the label cut to fit, the rest of the border drawn out. */
    private static List<Segment> border(char leftCorner, char rightCorner, int width, String label, Highlight labelHighlight) {
        List<Segment> row = new ArrayList<>();
        if (width < 2) {
            row.add(frame(String.valueOf(leftCorner).repeat(Math.max(0, width))));
            return row;
        }
        int room = width - 2;
        String shown = label.isEmpty() || room < 5 ? "" : Cells.ellipsize(label, room - 3);
        row.add(frame(String.valueOf(leftCorner) + (shown.isEmpty() ? "" : "─")));
        int used = 1 + (shown.isEmpty() ? 0 : 1);
        if (!shown.isEmpty()) {
            row.add(new Segment(" " + shown + " ", dev.folio.layout.Role.TEXT, 0, labelHighlight));
            used += Width.of(shown) + 2;
        }
        row.add(frame("─".repeat(Math.max(0, width - used - 1)) + rightCorner));
        return row;
    }

    private static Segment frame(String text) {
        return new Segment(text, dev.folio.layout.Role.TEXT, 0, Highlight.OVERLAY);
    }
}
