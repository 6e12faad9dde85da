package dev.folio.cli;

import dev.folio.input.ByteSize;
import dev.folio.text.Sanitizer;
import dev.folio.web.Progress;
import java.io.PrintWriter;
import java.util.function.LongSupplier;

/**
 * Progress of a web fetch on stderr while printing ({@code folio -p URL} at a terminal): silent for
 * the first {@value #QUIET_MILLIS} ms, so quick fetches show nothing, then one line redrawn at most
 * every {@value #EVERY_MILLIS} ms, with the bytes and, when the server said the length, the per
 * cent; erased when the fetch ends. Updates arrive on the client's threads.
 */
final class FetchProgressLine implements Progress {
    static final long QUIET_MILLIS = 300;
    static final long EVERY_MILLIS = 100;

    private final PrintWriter err;
    private final String target;
    private final LongSupplier clock;
    private final long started;
    private long lastDrawn;
    private boolean drawn;

    /** @param clock milliseconds, monotonic */
    FetchProgressLine(PrintWriter err, String target, LongSupplier clock) {
        this.err = err;
        this.target = Sanitizer.target(target);
        this.clock = clock;
        this.started = clock.getAsLong();
    }

    static FetchProgressLine onStderr(PrintWriter err, String target) {
        return new FetchProgressLine(err, target, () -> System.nanoTime() / 1_000_000);
    }

    @Override
    public synchronized void update(long received, long total) {
        long now = clock.getAsLong();
        if (now - started < QUIET_MILLIS || drawn && now - lastDrawn < EVERY_MILLIS) {
            return;
        }
        lastDrawn = now;
        String amount = ByteSize.format(received)
                + (total > 0 ? " of " + ByteSize.format(total) + " (" + Math.min(100, received * 100 / total) + "%)" : "");
        err.print("\r\u001b[Kfetching " + target + "… " + amount);
        err.flush();
        drawn = true;
    }

    /** Erases the line (nothing when it was never drawn). */
    synchronized void clear() {
        if (drawn) {
            err.print("\r\u001b[K");
            err.flush();
            drawn = false;
        }
    }
}
