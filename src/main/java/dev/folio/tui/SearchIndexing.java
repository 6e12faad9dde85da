package dev.folio.tui;

import dev.folio.library.RealPath;

import dev.folio.library.IndexProgress;
import dev.folio.library.SearchIndex;
import dev.folio.library.SearchResult;
import dev.folio.library.UpdateReport;
import dev.folio.viewer.Effect;
import dev.folio.viewer.Msg;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Collection search indexes, on a thread of their own at low priority: brought up to date in the
 * background when a collection is opened ({@link #prepare}), with progress in the status line,
 * and searched ({@link #search}) after whatever update is under way. Preparing another
 * collection, or searching one, stops an update of any other (what it read is kept, so the next
 * update goes on from there); closing stops everything. Never blocks its caller.
 */
final class SearchIndexing implements AutoCloseable {
    /** Progress is posted at most this often. */
    private static final long PROGRESS_MS = 250;
    /**
     * A background update starts this long after it is asked for: a reader who opens a folder
     * and leaves at once, or who is still reading the first screen, does not share the cores
     * with it; a search does not wait for it.
     */
    static final long START_DELAY_MS = 2_000;

    private final Path cache;
    private final Consumer<Msg> post;
    /** The collection whose index matters now; an update of another one stops. */
    private final AtomicReference<Path> wanted = new AtomicReference<>();
    /** Collections brought up to date in this session: not looked at again on every listing. */
    private final Set<Path> ready = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService executor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "folio search index");
        thread.setDaemon(true);
        thread.setPriority(Thread.MIN_PRIORITY); // the reader's keys come first
        return thread;
    });
    private volatile boolean closed;

    private final long delayMs;

    /** @param cache folio's cache folder; null: nothing is indexed, a search says why */
    SearchIndexing(Path cache, Consumer<Msg> post) {
        this(cache, post, START_DELAY_MS);
    }

    /** With the background start delayed by {@code delayMs} (tests: 0). */
    SearchIndexing(Path cache, Consumer<Msg> post, long delayMs) {
        this.cache = cache;
        this.post = post;
        this.delayMs = delayMs;
    }

    /** Brings the index of {@code root} up to date in the background, unless done this session. */
    void prepare(Path root) {
        Path key = key(root);
        if (cache == null || closed || ready.contains(key)) {
            return;
        }
        wanted.set(key);
        schedule(delayMs, () -> {
            if (closed || !key.equals(wanted.get()) || ready.contains(key)) {
                return; // another collection was asked for since, or this one is done
            }
            try (SearchIndex index = SearchIndex.of(key, cache)) {
                UpdateReport report = index.update(progress(key, true));
                if (key.equals(wanted.get()) && !closed) {
                    ready.add(key);
                    for (String notice : report.notices()) {
                        post.accept(new Msg.Notice("search index: " + notice, false));
                    }
                }
            } catch (IOException | RuntimeException e) {
                post.accept(new Msg.Notice("search index not updated: " + e.getMessage(), false));
            } finally {
                post.accept(new Msg.SearchProgress(1, 1)); // done: the progress leaves the status line
            }
        });
    }

    /** Searches after bringing the index up to date (quick when {@link #prepare} has done it). */
    void search(Effect.SearchCollection request) {
        if (cache == null) {
            post.accept(new Msg.SearchResults(request.query(), List.of(), 0, List.of("searching needs a cache folder")));
            return;
        }
        Path key = key(request.root());
        wanted.set(key);
        submit(() -> {
            try (SearchIndex index = SearchIndex.of(key, cache)) {
                UpdateReport report = index.update(progress(key, false));
                ready.add(key);
                SearchResult result = index.search(request.query(), 50);
                List<String> notices = new ArrayList<>(report.notices());
                notices.addAll(result.notices());
                post.accept(new Msg.SearchResults(request.query(), result.hits(), result.total(), notices));
            } catch (IOException | RuntimeException e) {
                post.accept(new Msg.SearchResults(request.query(), List.of(), 0, List.of("cannot search: " + e.getMessage())));
            }
        });
    }

    /** Progress posted every {@value #PROGRESS_MS} ms; a background update stops when another collection is wanted. */
    private IndexProgress progress(Path key, boolean background) {
        long[] last = {System.currentTimeMillis()};
        return new IndexProgress() {
            @Override
            public void progress(int done, int total) {
                long now = System.currentTimeMillis();
                if (now - last[0] >= PROGRESS_MS && done < total) {
                    last[0] = now;
                    post.accept(new Msg.SearchProgress(done, total));
                }
            }

            @Override
            public boolean cancelled() {
                return closed || background && !key.equals(wanted.get());
            }
        };
    }

    private static Path key(Path root) {
        return RealPath.of(root);
    }

    private void submit(Runnable task) {
        schedule(0, task);
    }

    private void schedule(long delay, Runnable task) {
        if (closed) {
            return;
        }
        try {
            executor.schedule(task, delay, TimeUnit.MILLISECONDS);
        } catch (java.util.concurrent.RejectedExecutionException e) {
            // closing: nothing more to index
        }
    }

    @Override
    public void close() {
        closed = true;
        executor.shutdownNow();
    }
}
