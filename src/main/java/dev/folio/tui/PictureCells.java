package dev.folio.tui;

import com.googlecode.lanterna.TextCharacter;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.screen.Screen;
import dev.folio.image.CellGrid;
import dev.folio.image.Xterm256;
import dev.folio.theme.ColorDepth;

/**
 * Half-block pictures in a Lanterna screen: each cell a {@code ▀} (or {@code ▄}, or a blank)
 * in the picture's colours, 24-bit or the nearest of the 256-colour palette. Lanterna then
 * writes them like any text, so scrolling, overlays and quitting clear them as they clear text.
 */
final class PictureCells {
    private final ColorDepth depth;

    PictureCells(ColorDepth depth) {
        this.depth = depth;
    }

    /**
     * Paints rows {@code fromRow …} of {@code grid} ({@code count} of them) at screen {@code
     * (column, row)}, clipped to the screen.
     */
    void paint(Screen screen, CellGrid grid, int fromRow, int count, int row, int column) {
        int rows = screen.getTerminalSize().getRows();
        int columns = screen.getTerminalSize().getColumns();
        for (int r = 0; r < count && fromRow + r < grid.rows() && row + r < rows; r++) {
            for (int c = 0; c < grid.columns() && column + c < columns; c++) {
                CellGrid.Glyph g = grid.glyph(c, fromRow + r);
                screen.setCharacter(column + c, row + r, cell(g));
            }
        }
    }

    /** A one-line note ({@code img/a.png: truncated or damaged image}) where the picture would be, cut to {@code width}. */
    void note(Screen screen, String note, int row, int column, int width) {
        String text = dev.folio.text.Sanitizer.visible(note);
        int end = Math.min(screen.getTerminalSize().getColumns(), column + width);
        int at = column;
        for (int i = 0; i < text.length(); ) {
            int next = dev.folio.text.Graphemes.next(text, i);
            int w = dev.folio.text.Width.cluster(text, i, next);
            if (w > 0) {
                if (at + w > end) {
                    break;
                }
                screen.setCharacter(at, row, new Cell(text.substring(i, next), w, TextColor.ANSI.BLACK_BRIGHT,
                        TextColor.ANSI.DEFAULT, java.util.EnumSet.noneOf(com.googlecode.lanterna.SGR.class)));
                at += w;
            }
            i = next;
        }
    }

    private TextCharacter cell(CellGrid.Glyph g) {
        return TextCharacter.fromCharacter(g.character(), colour(g.foreground()), colour(g.background()))[0];
    }

    private TextColor colour(int rgb) {
        if (rgb == CellGrid.DEFAULT) {
            return TextColor.ANSI.DEFAULT;
        }
        if (depth == ColorDepth.TRUE_COLOR) {
            return new TextColor.RGB((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF);
        }
        return new TextColor.Indexed(Xterm256.nearest(rgb));
    }
}
