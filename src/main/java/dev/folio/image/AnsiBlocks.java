package dev.folio.image;

/**
 * Half-block cells as text with SGR colours, for print mode and any writer of plain terminal
 * text: one string per row, each ending with a reset, no cursor movement.
 */
public final class AnsiBlocks {
    /** How colours are written. */
    public enum Depth { TRUE_COLOR, XTERM_256 }

    private AnsiBlocks() {}

    /** Row {@code row} of {@code grid}: {@code ▀}, {@code ▄} and spaces with their colours, then a reset. */
    public static String row(CellGrid grid, int row, Depth depth) {
        StringBuilder out = new StringBuilder(grid.columns() * 24);
        int fg = Integer.MIN_VALUE;
        int bg = Integer.MIN_VALUE;
        for (int x = 0; x < grid.columns(); x++) {
            CellGrid.Glyph g = grid.glyph(x, row);
            if (g.foreground() != fg || g.background() != bg) {
                out.append("\u001b[0");
                if (g.foreground() != CellGrid.DEFAULT) {
                    colour(out, 38, g.foreground(), depth);
                }
                if (g.background() != CellGrid.DEFAULT) {
                    colour(out, 48, g.background(), depth);
                }
                out.append('m');
                fg = g.foreground();
                bg = g.background();
            }
            out.append(g.character());
        }
        return out.append("\u001b[0m").toString();
    }

    private static void colour(StringBuilder out, int layer, int rgb, Depth depth) {
        if (depth == Depth.XTERM_256) {
            out.append(';').append(layer).append(";5;").append(Xterm256.nearest(rgb));
        } else {
            out.append(';').append(layer).append(";2;").append((rgb >> 16) & 0xFF).append(';')
                    .append((rgb >> 8) & 0xFF).append(';').append(rgb & 0xFF);
        }
    }
}
