package dev.folio.tui;

import dev.folio.doc.Source;
import dev.folio.viewer.Effect;
import dev.folio.viewer.Msg;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;

/**
 * Performs {@link Effect.Fetch} on a thread of its own, so a slow server never holds up loads,
 * opens or the editor, and Esc ({@link Effect.CancelFetch}) can interrupt it. A fetch that takes
 * longer than {@value #QUIET_MILLIS} ms posts {@link Msg.Fetching} (at most ten a second); a new
 * fetch replaces one under way.
 */
final class WebFetches implements AutoCloseable {
    static final long QUIET_MILLIS = 300;
    private static final long EVERY_MILLIS = 100;

    private final WebDocumentLoader loader;
    private final Consumer<Event> events;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "folio fetch");
        thread.setDaemon(true);
        return thread;
    });
    private Future<?> current;
    /** Counts fetches: only the newest one's outcome is posted (a replaced one is not news). */
    private final java.util.concurrent.atomic.AtomicLong newest = new java.util.concurrent.atomic.AtomicLong();

    WebFetches(WebDocumentLoader loader, Consumer<Event> events) {
        this.loader = loader;
        this.events = events;
    }

    synchronized void fetch(Effect.Fetch fetch) {
        if (current != null) {
            current.cancel(true);
        }
        long id = newest.incrementAndGet();
        current = executor.submit(() -> {
            Msg outcome = run(fetch);
            if (newest.get() == id || !(outcome instanceof Msg.LoadFailed)) {
                events.accept(new Event.Deliver(outcome));
            }
        });
    }

    synchronized void cancel() {
        if (current != null) {
            current.cancel(true);
            current = null;
        }
    }

    private Msg run(Effect.Fetch fetch) {
        String target = fetch.url().toString();
        long started = System.nanoTime();
        long[] lastPost = {0};
        WebDocumentLoader.Progress progress = (received, total) -> {
            long now = System.nanoTime();
            if ((now - started) / 1_000_000 >= QUIET_MILLIS && (now - lastPost[0]) / 1_000_000 >= EVERY_MILLIS) {
                lastPost[0] = now;
                events.accept(new Event.Deliver(new Msg.Fetching(fetch.url(), received, total)));
            }
        };
        try {
            WebDocumentLoader.Page page = loader.load(fetch.url(), fetch.reason() == Effect.Load.Reason.RELOAD, progress);
            if (!page.note().isEmpty()) {
                Msg note = new Msg.Notice(page.note());
                // After the document, so the note is what the status line says.
                executor.execute(() -> events.accept(new Event.Deliver(note)));
            }
            return new Msg.Loaded(Source.web(page.url(), Path.of("")), page.document(), fetch.anchor(), fetch.reason());
        } catch (InterruptedException e) {
            return new Msg.LoadFailed(target, "cancelled " + target);
        } catch (IOException e) {
            String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
            return new Msg.LoadFailed(target, reason);
        } catch (RuntimeException e) {
            return new Msg.LoadFailed(target, "cannot render " + target + ": " + e.getClass().getSimpleName());
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
