package dev.folio.cli;

import java.util.ArrayList;
import java.util.List;

/**
 * Where a run's time went, for {@code --debug}: each {@link #mark} closes a phase. Start-up speed
 * is a feature (issue 12), so a user can see it without a profiler.
 */
final class PhaseClock {
    private final long startedAt = System.nanoTime();
    private long last = startedAt;
    private final List<String> phases = new ArrayList<>();

    /** Ends the phase called {@code name} now. */
    void mark(String name) {
        long now = System.nanoTime();
        phases.add(name + " " + millis(now - last));
        last = now;
    }

    /** The phases so far and the whole, as one line: {@code arguments 12 ms, read 3 ms (15 ms in all)}. */
    String summary() {
        return String.join(", ", phases) + " (" + millis(last - startedAt) + " in all since main)";
    }

    private static String millis(long nanos) {
        return (nanos / 100_000) / 10.0 + " ms";
    }
}
