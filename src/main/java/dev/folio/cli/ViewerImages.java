package dev.folio.cli;

import dev.folio.image.CellSize;
import dev.folio.image.Protocol;
import dev.folio.image.ProtocolDetection;
import dev.folio.image.TerminalReport;
import dev.folio.theme.ColorDepth;
import java.util.Locale;
import java.util.Map;

/**
 * How the viewer shows images, decided before it takes the terminal: the protocol ({@code
 * --images}, or for {@code auto} detected from the environment and the terminal's answers),
 * the cell size, and the most rows one image may take.
 *
 * @param protocol {@link Protocol#OFF} when images are off (also without colour)
 */
record ViewerImages(Protocol protocol, CellSize cell, int maxRows) {
    static final ViewerImages OFF = new ViewerImages(Protocol.OFF, CellSize.ASSUMED, 1);
    /** Rows assumed for a terminal that cannot be asked. */
    static final int ASSUMED_ROWS = 24;

    static ViewerImages decide(String mode, int heightPercent, ColorDepth color, Environment env, boolean ask) {
        if (mode.equals("off") || color == ColorDepth.NONE) {
            return OFF;
        }
        TerminalReport report = ask ? TerminalGraphics.ask() : TerminalReport.NONE;
        int rows = TerminalProbe.rows(env.get("LINES")).orElse(ASSUMED_ROWS);
        int columns = env.terminalWidth().orElse(80);
        Protocol protocol = mode.equals("auto")
                ? ProtocolDetection.detect(environment(env), report.deviceAttributes(), ask && TerminalGraphics.tmuxPassesThrough(env))
                : Protocol.valueOf(mode.toUpperCase(Locale.ROOT));
        // The status line is not the page's: the height is a share of the rows above it.
        int maxRows = Math.max(1, (rows - 1) * heightPercent / 100);
        return new ViewerImages(protocol, report.cellSize(columns, rows), maxRows);
    }

    private static Map<String, String> environment(Environment env) {
        Map<String, String> out = new java.util.HashMap<>();
        for (String name : new String[] {"TERM", "TERM_PROGRAM", "TMUX", "KITTY_WINDOW_ID", "GHOSTTY_RESOURCES_DIR", "LC_TERMINAL"}) {
            String value = env.get(name);
            if (value != null) {
                out.put(name, value);
            }
        }
        return out;
    }

    boolean isOn() {
        return protocol != Protocol.OFF;
    }
}
