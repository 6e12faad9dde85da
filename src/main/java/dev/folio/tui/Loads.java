package dev.folio.tui;

import dev.folio.viewer.Effect;
import dev.folio.viewer.Msg;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

/**
 * Loads documents ({@link Effect.Load}) one at a time on a thread that can be given up. A read can
 * hang (a FIFO swapped in for a file, a stuck network mount), and a thread blocked in {@code open}
 * cannot be woken, so a load that is cancelled (Esc), overtaken by a newer load, or slower than
 * the timeout is abandoned with its thread, and later loads get a fresh one: no load ever waits
 * behind a stuck one. Only reloads of the document being reloaded wait their turn (and collapse
 * into the newest), so a file that keeps changing is still shown.
 *
 * <p>Each load ends with exactly one message: its outcome, {@code cancelled …}, or {@code timed out …};
 * an overtaken load ends with none (the newer one speaks for it).
 */
final class Loads implements AutoCloseable {
    /** How long a load may take before it is given up (a local file takes milliseconds). */
    static final Duration TIMEOUT = Duration.ofSeconds(10);

    private final DocumentLoader loader;
    private final Consumer<Event> events;
    private final Duration timeout;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(daemon("folio load timer"));
    private ExecutorService lane = newLane();
    /** Loads asked for and not yet ended, oldest first. */
    private final List<Job> pending = new ArrayList<>();
    private volatile Job newestReload;

    Loads(DocumentLoader loader, Consumer<Event> events, Duration timeout) {
        this.loader = loader;
        this.events = events;
        this.timeout = timeout;
    }

    /** One load asked for: ends once, by whoever comes first (the load itself, Esc, the timer, a newer load). */
    private static final class Job {
        final Effect.Load load;
        final AtomicBoolean ended = new AtomicBoolean();
        volatile ScheduledFuture<?> deadline;

        Job(Effect.Load load) {
            this.load = load;
        }
    }

    synchronized void load(Effect.Load load) {
        if (!canWait(load)) {
            abandon(null); // overtaken: the reader now wants this one
        }
        Job job = new Job(load);
        pending.add(job);
        if (load.reason() == Effect.Load.Reason.RELOAD) {
            newestReload = job;
        }
        lane.execute(() -> run(job));
    }

    /** Esc: every load under way ends as cancelled. */
    synchronized void cancel() {
        abandon("cancelled ");
    }

    /** A reload may queue behind reloads of the same file; anything else overtakes what is pending. */
    private boolean canWait(Effect.Load load) {
        return load.reason() == Effect.Load.Reason.RELOAD && pending.stream().allMatch(
                j -> j.load.reason() == Effect.Load.Reason.RELOAD && j.load.path().equals(load.path()));
    }

    private void run(Job job) {
        if (job.ended.get()) {
            return;
        }
        if (job.load.reason() == Effect.Load.Reason.RELOAD && newestReload != job) {
            end(job, null); // a newer reload of the same file is waiting: only it is done
            return;
        }
        job.deadline = timer.schedule(() -> timedOut(job), timeout.toMillis(), TimeUnit.MILLISECONDS);
        Msg outcome;
        try {
            outcome = EffectWorker.loaded(loader, job.load);
        } catch (RuntimeException | Error e) {
            if (!job.ended.get()) {
                end(job, null);
                events.accept(new Event.Failed(e)); // not the reader's doing: the runtime reports it
            }
            return;
        }
        end(job, outcome);
    }

    private synchronized void timedOut(Job job) {
        if (job.ended.get()) {
            return;
        }
        end(job, new Msg.LoadFailed(target(job), "gave up on " + target(job) + " after " + timeout.toSeconds()
                + " s: nothing came (a pipe or a device?)"));
        // Its thread may never return: later loads get a new one.
        List<Job> waiting = List.copyOf(pending);
        lane.shutdownNow();
        lane = newLane();
        for (Job w : waiting) {
            lane.execute(() -> run(w));
        }
    }

    /** Ends every pending load, with {@code prefix + target} as its message (none when null), and starts a new lane. */
    private void abandon(String prefix) {
        if (pending.isEmpty()) {
            return;
        }
        for (Job job : List.copyOf(pending)) {
            end(job, prefix == null ? null : new Msg.LoadFailed(target(job), prefix + target(job)));
        }
        lane.shutdownNow();
        lane = newLane();
    }

    /** Ends {@code job} with {@code msg} (or silently) unless it already ended. */
    private void end(Job job, Msg msg) {
        if (!job.ended.compareAndSet(false, true)) {
            return;
        }
        ScheduledFuture<?> deadline = job.deadline;
        if (deadline != null) {
            deadline.cancel(false);
        }
        synchronized (this) {
            pending.remove(job);
        }
        if (msg != null) {
            events.accept(new Event.Deliver(msg));
        }
    }

    /** The path as given: the viewer makes it safe to show. */
    private static String target(Job job) {
        return job.load.path().toString();
    }

    private static ExecutorService newLane() {
        return Executors.newSingleThreadExecutor(daemon("folio loader"));
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public synchronized void close() {
        lane.shutdownNow();
        timer.shutdownNow();
    }
}
