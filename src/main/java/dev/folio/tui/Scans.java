package dev.folio.tui;

import dev.folio.viewer.Effect;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;

/**
 * Runs {@link Effect.Scan}s (a search of a long page) on a thread of their own, so typing never
 * waits for one: a newer scan in the same slot, or {@link Effect.StopScan}, interrupts the one
 * under way, and nothing it posts after that reaches the viewer.
 */
final class Scans implements AutoCloseable {
    private final Consumer<Event> events;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "folio scan");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicLong generation = new AtomicLong();
    private final Map<String, Running> running = new HashMap<>();

    private record Running(long id, Future<?> future) {}

    Scans(Consumer<Event> events) {
        this.events = events;
    }

    synchronized void scan(Effect.Scan scan) {
        stop(scan.slot());
        long id = generation.incrementAndGet();
        Future<?> future = executor.submit(() -> {
            try {
                scan.scanner().run(msg -> {
                    if (isCurrent(scan.slot(), id) && !Thread.currentThread().isInterrupted()) {
                        events.accept(new Event.Deliver(msg));
                    }
                });
            } catch (RuntimeException | Error e) {
                events.accept(new Event.Failed(e));
            } finally {
                finished(scan.slot(), id);
            }
        });
        running.put(scan.slot(), new Running(id, future));
    }

    synchronized void stop(String slot) {
        Running r = running.remove(slot);
        if (r != null) {
            r.future().cancel(true);
        }
    }

    private synchronized boolean isCurrent(String slot, long id) {
        Running r = running.get(slot);
        return r != null && r.id() == id;
    }

    private synchronized void finished(String slot, long id) {
        if (isCurrent(slot, id)) {
            running.remove(slot);
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
