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
 * @param protocol      {@link Protocol#OFF} when images are off (also without colour)
 * @param maxRows       the most rows one image may take on the screen folio starts on
 * @param inTmux        whether folio runs inside tmux (kitty pictures are then placeholder cells)
 * @param heightPercent the share of the screen's rows one image may take, again on every resize
 */
record ViewerImages(Protocol protocol, CellSize cell, int maxRows, boolean inTmux, int heightPercent) {
    static final ViewerImages OFF = new ViewerImages(Protocol.OFF, CellSize.ASSUMED, 1, false, 50);
    /** Rows assumed for a terminal that cannot be asked. */
    static final int ASSUMED_ROWS = 24;

    static ViewerImages decide(String mode, int heightPercent, ColorDepth color, Environment env, boolean ask) {
        if (mode.equals("off") || color == ColorDepth.NONE) {
            return OFF;
        }
        boolean inTmux = env.get("TMUX") != null && !env.get("TMUX").isEmpty();
        TerminalReport report = ask ? TerminalAnswers.graphics() : TerminalReport.NONE;
        if (ask && !inTmux) {
            // tmux fills TIOCGWINSZ with its default of 16 × 32 pixels a cell when it does not know
            // the outer terminal's: a guess no better than ours, and twice as large.
            report = WindowPixels.filledIn(report);
        }
        int rows = TerminalProbe.rows(env.get("LINES")).orElse(ASSUMED_ROWS);
        int columns = env.terminalWidth().orElse(80);
        Protocol protocol = mode.equals("auto")
                ? ProtocolDetection.detect(environment(env), report.deviceAttributes(), () -> ask && TerminalGraphics.tmuxPassesThrough(env))
                : Protocol.valueOf(mode.toUpperCase(Locale.ROOT));
        return new ViewerImages(protocol, report.cellSize(columns, rows), maxRows(rows, heightPercent), inTmux, heightPercent);
    }

    /** The most rows one image may take on a screen of {@code rows}: a share of the rows above the status line. */
    static int maxRows(int rows, int heightPercent) {
        return Math.max(1, (rows - 1) * heightPercent / 100);
    }

    /** Whether kitty pictures must be Unicode placeholder cells (tmux keeps no pictures of its own). */
    boolean placeholders() {
        return protocol == Protocol.KITTY && inTmux;
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
