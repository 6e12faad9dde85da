package dev.folio.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.screen.Screen;
import dev.folio.text.AmbiguousWidth;
import dev.folio.text.Graphemes;
import dev.folio.text.Width;
import dev.folio.viewer.Frame;
import dev.folio.viewer.Segment;

import java.util.List;

/**
 * Puts a {@link Frame} into a Lanterna screen's back buffer, one cell per grapheme cluster, at the
 * columns {@link Width} gives: a wide cluster takes two cells, a zero-width one joins the cell
 * before it (as a terminal does) and never moves what follows. Rows the frame does not cover are
 * blank; nothing is drawn past the screen's edge. Ambiguous characters take the columns the
 * painter is given, the same the layout was given.
 */
final class FramePainter {
    private final ScreenTheme theme;
    private final AmbiguousWidth ambiguous;

    FramePainter(ScreenTheme theme) {
        this(theme, AmbiguousWidth.NARROW);
    }

    FramePainter(ScreenTheme theme, AmbiguousWidth ambiguous) {
        this.theme = theme;
        this.ambiguous = ambiguous;
    }

    void paint(Frame frame, Screen screen) {
        try (Width.Scope scope = Width.counting(ambiguous)) {
            paintRows(frame, screen);
        }
    }

    private void paintRows(Frame frame, Screen screen) {
        TerminalSize size = screen.getTerminalSize();
        for (int row = 0; row < size.getRows(); row++) {
            List<Segment> segments = row < frame.rows().size() ? frame.rows().get(row).segments() : List.of();
            paintRow(segments, screen, row, size.getColumns());
        }
        boolean cursorShown = frame.cursorColumn() >= 0 && frame.cursorRow() >= 0
                && frame.cursorColumn() < size.getColumns() && frame.cursorRow() < size.getRows();
        screen.setCursorPosition(cursorShown ? new TerminalPosition(frame.cursorColumn(), frame.cursorRow()) : null);
    }

    private void paintRow(List<Segment> segments, Screen screen, int row, int columns) {
        int column = 0;
        Cell previous = null;
        int previousColumn = -1;
        ScreenTheme.CellStyle fill = ScreenTheme.CellStyle.PLAIN;
        for (Segment segment : segments) {
            ScreenTheme.CellStyle style = theme.styleOf(segment);
            fill = theme.fillsRow(segment.highlight()) ? style : ScreenTheme.CellStyle.PLAIN;
            String text = segment.text();
            for (int i = 0; i < text.length() && column < columns; ) {
                int end = Graphemes.next(text, i);
                String cluster = text.substring(i, end);
                int width = Width.cluster(text, i, end);
                i = end;
                if (width == 0) {
                    if (previous != null) {
                        previous = previous.withAttached(cluster);
                        screen.setCharacter(previousColumn, row, previous);
                    }
                    continue;
                }
                if (column + width > columns) {
                    // A wide cluster that does not fit: a blank keeps the columns honest.
                    screen.setCharacter(column, row, blank(style));
                    column = columns;
                    break;
                }
                previous = new Cell(cluster, width, style.foreground(), style.background(), style.sgrSet());
                previousColumn = column;
                screen.setCharacter(column, row, previous);
                column += width;
            }
        }
        TextCharacter blank = blank(fill);
        for (; column < columns; column++) {
            screen.setCharacter(column, row, blank);
        }
    }

    private static TextCharacter blank(ScreenTheme.CellStyle style) {
        if (style.equals(ScreenTheme.CellStyle.PLAIN)) {
            return TextCharacter.DEFAULT_CHARACTER;
        }
        return TextCharacter.fromCharacter(' ', style.foreground(), style.background(),
                style.sgrSet().toArray(new SGR[0]))[0];
    }
}
