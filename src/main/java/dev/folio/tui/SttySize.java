package dev.folio.tui;

import com.googlecode.lanterna.TerminalSize;

/** Reads the output of {@code stty size}: {@code "rows columns"}. */
final class SttySize {
    private SttySize() {}

    /** The size, or null when the output is not two positive numbers. */
    static TerminalSize parse(String output) {
        if (output == null) {
            return null;
        }
        String[] parts = output.trim().split("\\s+");
        if (parts.length != 2) {
            return null;
        }
        try {
            int rows = Integer.parseInt(parts[0]);
            int columns = Integer.parseInt(parts[1]);
            return rows > 0 && columns > 0 ? new TerminalSize(columns, rows) : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
