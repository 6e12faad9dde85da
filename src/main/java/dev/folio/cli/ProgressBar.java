package dev.folio.cli;

import dev.folio.library.IndexProgress;
import java.io.PrintWriter;

/**
 * A one-line progress bar on stderr (only used when stderr is a terminal), redrawn at most
 * every {@value #REDRAW_MS} ms and erased when the work is done.
 */
final class ProgressBar implements IndexProgress {
    private static final long REDRAW_MS = 100;
    private static final int BAR = 30;

    private final PrintWriter err;
    private final String label;
    private long lastDrawn;
    private boolean drawn;

    ProgressBar(PrintWriter err, String label) {
        this.err = err;
        this.label = label;
    }

    @Override
    public void progress(int done, int total) {
        long now = System.currentTimeMillis();
        if (total == 0 || (now - lastDrawn < REDRAW_MS && done < total)) {
            return;
        }
        lastDrawn = now;
        int filled = (int) ((long) BAR * done / total);
        err.print("\r" + label + " [" + "#".repeat(filled) + " ".repeat(BAR - filled) + "] " + done + "/" + total);
        err.flush();
        drawn = true;
    }

    /** Erases the bar (nothing when it was never drawn). */
    void clear() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
        }
    }
}
