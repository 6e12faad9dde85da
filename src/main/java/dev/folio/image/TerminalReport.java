package dev.folio.image;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a terminal answered to folio's graphics questions: {@code CSI 16 t} (the cell size in
 * pixels: {@code CSI 6 ; height ; width t}), {@code CSI 14 t} (the text area in pixels:
 * {@code CSI 4 ; height ; width t}, the same numbers {@code TIOCGWINSZ} holds) and the primary
 * device attributes {@code CSI c} (whose parameter 4 means sixel). Parsing only: pure.
 */
public record TerminalReport(int cellWidth, int cellHeight, int windowWidth, int windowHeight, String deviceAttributes) {
    /** The questions, device attributes last: every terminal answers it, so its answer ends the wait. */
    public static final String QUERY = "\u001b[16t\u001b[14t\u001b[c";
    public static final TerminalReport NONE = new TerminalReport(0, 0, 0, 0, "");

    private static final Pattern CELL = Pattern.compile("\u001b\\[6;(\\d{1,5});(\\d{1,5})t");
    private static final Pattern WINDOW = Pattern.compile("\u001b\\[4;(\\d{1,6});(\\d{1,6})t");
    private static final Pattern ATTRIBUTES = Pattern.compile("\u001b\\[\\?[0-9;]*c");

    /** Whether {@code answer} holds the device attributes, the last answer expected. */
    public static boolean isComplete(CharSequence answer) {
        return ATTRIBUTES.matcher(answer).find();
    }

    public static TerminalReport parse(CharSequence answer) {
        int cw = 0;
        int ch = 0;
        int ww = 0;
        int wh = 0;
        Matcher cell = CELL.matcher(answer);
        if (cell.find()) {
            ch = Integer.parseInt(cell.group(1));
            cw = Integer.parseInt(cell.group(2));
        }
        Matcher window = WINDOW.matcher(answer);
        if (window.find()) {
            wh = Integer.parseInt(window.group(1));
            ww = Integer.parseInt(window.group(2));
        }
        Matcher da = ATTRIBUTES.matcher(answer);
        return new TerminalReport(cw, ch, ww, wh, da.find() ? da.group() : "");
    }

    /** This report with the window's size in pixels from elsewhere ({@code TIOCGWINSZ}). */
    public TerminalReport withWindowPixels(int width, int height) {
        return new TerminalReport(cellWidth, cellHeight, width, height, deviceAttributes);
    }

    /** The cell size: as reported, else from the window's pixels over {@code columns × rows}, else assumed 1:2. */
    public CellSize cellSize(int columns, int rows) {
        if (cellWidth > 0 && cellHeight > 0) {
            return CellSize.ofReport(cellWidth, cellHeight);
        }
        return CellSize.ofWindow(windowWidth, windowHeight, columns, rows);
    }
}
