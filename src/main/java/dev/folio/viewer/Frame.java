package dev.folio.viewer;

import java.util.List;

/**
 * Everything on screen, as the viewer wants it painted: exactly {@code height} rows, none wider
 * than {@code width}. The runtime paints it; nothing else decides what the screen shows.
 *
 * @param cursorColumn where to put the cursor (search prompt), or -1 to hide it
 * @param pictures     the images to draw over their blank boxes (the runtime decodes and draws them)
 */
public record Frame(int width, int height, List<Row> rows, int cursorColumn, int cursorRow, List<Picture> pictures) {
    public Frame {
        rows = List.copyOf(rows);
        pictures = List.copyOf(pictures);
    }

    /** A frame without pictures. */
    public Frame(int width, int height, List<Row> rows, int cursorColumn, int cursorRow) {
        this(width, height, rows, cursorColumn, cursorRow, List.of());
    }

    /**
     * Part of an image on screen: rows {@code firstRow …} of a picture {@code columns × boxRows}
     * cells, drawn from screen row {@code row}, column {@code column}, {@code rows} of them.
     * With {@link Fit#SCREEN} the picture is fitted into {@code columns × rows} instead, keeping
     * its ratio (the full-screen view).
     *
     * @param target the image as the document writes it (resolved against the document's directory)
     */
    public record Picture(String target, int row, int column, int columns, int rows, int firstRow, int boxRows, Fit fit) {}

    /** How a picture fills its place. */
    public enum Fit { BOX, SCREEN }

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
