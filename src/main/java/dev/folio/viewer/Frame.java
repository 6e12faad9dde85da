package dev.folio.viewer;

import java.util.List;

/**
 * Everything on screen, as the viewer wants it painted: exactly {@code height} rows, none wider
 * than {@code width}. The runtime paints it; nothing else decides what the screen shows.
 *
 * @param cursorColumn where to put the cursor (search prompt), or -1 to hide it
 */
public record Frame(int width, int height, List<Row> rows, int cursorColumn, int cursorRow) {
    public Frame {
        rows = List.copyOf(rows);
    }

    public record Row(List<Segment> segments) {
        public Row {
            segments = List.copyOf(segments);
        }

        public String text() {
            StringBuilder sb = new StringBuilder();
            for (Segment s : segments) {
                sb.append(s.text());
            }
            return sb.toString();
        }
    }

    /** The screen as plain text, one row per line (for tests and screenshots). */
    public String text() {
        StringBuilder sb = new StringBuilder();
        for (Row r : rows) {
            sb.append(r.text()).append('\n');
        }
        return sb.toString();
    }
}
