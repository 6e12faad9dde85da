package dev.folio.tui;

import com.googlecode.lanterna.SGR;
import com.googlecode.lanterna.TerminalPosition;
import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.TextColor;
import com.googlecode.lanterna.terminal.virtual.DefaultVirtualTerminal;
import dev.folio.text.Graphemes;
import dev.folio.text.Width;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A Lanterna virtual terminal that places text the way tmux does (folio's width table: a wide
 * cluster takes two cells and moves the cursor two, a zero-width one joins the cell before), and
 * remembers the colours and attributes each cell was written with. Lanterna's own virtual
 * terminal re-splits strings with its own widths, so it cannot tell whether folio's cursor
 * arithmetic matches a real terminal; this one can.
 */
final class GridTerminal extends DefaultVirtualTerminal {
    /** What a cell shows; {@code text} is empty for the right half of a wide cluster. */
    record GridCell(String text, TextColor foreground, TextColor background, Set<SGR> attributes) {}

    private static final GridCell BLANK = new GridCell(" ", TextColor.ANSI.DEFAULT, TextColor.ANSI.DEFAULT, Set.of());

    private GridCell[][] cells;
    private int column;
    private int row;
    private TextColor foreground = TextColor.ANSI.DEFAULT;
    private TextColor background = TextColor.ANSI.DEFAULT;
    private final EnumSet<SGR> attributes = EnumSet.noneOf(SGR.class);
    private final List<String> written = new ArrayList<>();

    GridTerminal(int columns, int rows) {
        super(new TerminalSize(columns, rows));
        cells = blankGrid(columns, rows);
    }

    private static GridCell[][] blankGrid(int columns, int rows) {
        GridCell[][] grid = new GridCell[rows][columns];
        for (GridCell[] line : grid) {
            java.util.Arrays.fill(line, BLANK);
        }
        return grid;
    }

    /**
     * Not synchronized while the listeners run: the screen's listener takes the screen's lock,
     * which a refresh on the runtime's thread holds while it waits for this terminal's lock (a
     * deadlock the resize test met when a refresh was under way). The new grid is in place first,
     * so what the resized frame paints is never wiped.
     */
    @Override
    public void setTerminalSize(TerminalSize size) {
        synchronized (this) {
            cells = blankGrid(size.getColumns(), size.getRows());
        }
        super.setTerminalSize(size);
    }

    @Override
    public synchronized void clearScreen() {
        super.clearScreen();
        cells = blankGrid(cells[0].length, cells.length);
    }

    /** The (int, int) variant calls this one. */
    @Override
    public synchronized void setCursorPosition(TerminalPosition position) {
        super.setCursorPosition(position);
        column = position.getColumn();
        row = position.getRow();
    }

    @Override
    public synchronized void putCharacter(char c) {
        putString(String.valueOf(c));
    }

    @Override
    public synchronized void putString(String text) {
        written.add(text);
        if (row >= cells.length) {
            return; // a refresh for the size before a resize: nothing of it lands off the new grid
        }
        for (int i = 0; i < text.length(); ) {
            int end = Graphemes.next(text, i);
            String cluster = text.substring(i, end);
            int width = Width.cluster(text, i, end);
            i = end;
            if (width == 0) {
                int left = column - 1;
                while (left > 0 && cells[row][left].text().isEmpty()) {
                    left--;
                }
                if (left >= 0) {
                    GridCell c = cells[row][left];
                    cells[row][left] = new GridCell(c.text() + cluster, c.foreground(), c.background(), c.attributes());
                }
                continue;
            }
            if (column + width > cells[row].length) {
                return;
            }
            cells[row][column] = new GridCell(cluster, foreground, background, Set.copyOf(attributes));
            if (width == 2) {
                cells[row][column + 1] = new GridCell("", foreground, background, Set.copyOf(attributes));
            }
            column += width;
        }
    }

    @Override
    public synchronized void setForegroundColor(TextColor color) {
        super.setForegroundColor(color);
        foreground = color;
    }

    @Override
    public synchronized void setBackgroundColor(TextColor color) {
        super.setBackgroundColor(color);
        background = color;
    }

    @Override
    public synchronized void enableSGR(SGR sgr) {
        super.enableSGR(sgr);
        attributes.add(sgr);
    }

    @Override
    public synchronized void disableSGR(SGR sgr) {
        super.disableSGR(sgr);
        attributes.remove(sgr);
    }

    @Override
    public synchronized void resetColorAndSGR() {
        super.resetColorAndSGR();
        foreground = TextColor.ANSI.DEFAULT;
        background = TextColor.ANSI.DEFAULT;
        attributes.clear();
    }

    /** The row as a terminal shows it, trailing blanks removed. */
    synchronized String rowText(int r) {
        StringBuilder sb = new StringBuilder();
        for (GridCell c : cells[r]) {
            sb.append(c.text());
        }
        return sb.toString().stripTrailing();
    }

    synchronized GridCell cell(int c, int r) {
        return cells[r][c];
    }

    /** The column where {@code cluster} starts on row {@code r}, or -1. */
    synchronized int columnOf(String cluster, int r) {
        for (int c = 0; c < cells[r].length; c++) {
            if (cells[r][c].text().equals(cluster)) {
                return c;
            }
        }
        return -1;
    }

    /** Every string the screen wrote as text (what would go through putString). */
    synchronized List<String> written() {
        return List.copyOf(written);
    }
}
