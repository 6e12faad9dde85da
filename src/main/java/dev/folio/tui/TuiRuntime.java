package dev.folio.tui;

import com.googlecode.lanterna.TerminalSize;
import dev.folio.viewer.Effect;
import dev.folio.viewer.Frame;
import dev.folio.viewer.Msg;
import dev.folio.viewer.Step;
import dev.folio.viewer.ViewerState;

import java.io.IOException;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * Runs the viewer on a {@link Display}: key → {@code Update.apply} → {@code View.render} → paint.
 * The calling thread owns the state: it takes events from one queue, applies every event that is
 * waiting, performs the effects, and paints once per batch. The input thread and the worker only
 * post events.
 */
final class TuiRuntime {
    private final Core core;
    private final boolean watchFile;
    private final dev.folio.text.AmbiguousWidth ambiguous;
    private final Display display;
    private final FramePainter painter;
    private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();
    private final EffectWorker worker;
    private final WebFetches fetches;
    private final Scans scans;
    private final CollectionWorker collections;
    private final FileWatcher watcher;
    private final PictureLayer pictures;
    private ViewerState state;
    /** How long a deferred start waits for its document before painting the screen without it. */
    static final long FIRST_PAINT_WAIT_MILLIS = 200;

    TuiRuntime(Display display, TuiServices services) {
        this(Core.VIEWER, display, services, FileWatcher.INTERVAL);
    }

    /**
     * @param core          the viewer ({@link Core#VIEWER}; tests wrap it)
     * @param watchInterval how often the watched file is checked (tests shorten it)
     */
    TuiRuntime(Core core, Display display, TuiServices services, java.time.Duration watchInterval) {
        this.core = core;
        this.watchFile = services.watch() == TuiServices.Watch.FILE;
        this.display = display;
        this.ambiguous = services.ambiguous();
        this.painter = new FramePainter(services.theme(), ambiguous);
        this.worker = new EffectWorker(services.loader(), services.opener(), services.editor(), this::lend, events::add);
        this.fetches = new WebFetches(services.web(), events::add);
        this.scans = new Scans(events::add);
        this.collections = new CollectionWorker(services.memory(), services.loader(), events::add);
        this.watcher = new FileWatcher(watchInterval, msg -> events.add(new Event.Deliver(msg)));
        this.pictures = new PictureLayer(services.graphics(), () -> events.add(new Event.Repaint()));
    }

    /**
     * Runs until the viewer quits or the terminal goes away; returns the exit code. The viewer,
     * and every thread the run starts (worker, reader, watcher), count ambiguous characters as
     * the services say.
     */
    int run(Start start) throws Exception {
        try (dev.folio.text.Width.Scope scope = dev.folio.text.Width.counting(ambiguous)) {
            return runCounting(start);
        }
    }

    private int runCounting(Start start) throws Exception {
        display.onResize(size -> events.add(new Event.Deliver(new Msg.Resized(size.getColumns(), size.getRows()))));
        display.onStopSignal(() -> events.add(new Event.Suspend())); // kill -TSTP: as Ctrl-Z
        InputPump input = new InputPump(display, events::add);
        try {
            TerminalSize size = display.size();
            state = ViewerState.initial(start.collaborators(), start.options(), size.getColumns(), size.getRows());
            Step first = CollectionWorker.isFolder(start.source())
                    ? new Step(state, java.util.List.of(new Effect.ListFolder(start.source().path(), null, false)))
                    : start.isDeferred() ? Step.of(state.withStatus(dev.folio.viewer.Status.progress(start.notice())))
                    : core.apply(state, new Msg.Loaded(start.source(), start.document(), start.anchor(), Effect.Load.Reason.FOLLOW));
            if (apply(first)) {
                return 0;
            }
            if (!start.isDeferred() && !start.notice().isEmpty() && apply(core.apply(state, new Msg.Notice(start.notice())))) {
                return 0;
            }
            if (start.isDeferred()) {
                // A document parsed by now is painted at once, without a moment of "parsing…" first.
                start.remainder().startReading(msg -> events.add(new Event.Deliver(msg)));
                Event early = events.poll(FIRST_PAINT_WAIT_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
                if (early != null && handle(early, new Batch())) {
                    return 0;
                }
            }
            paint(true);
            input.start();
            if (!start.isDeferred()) {
                start.remainder().startReading(msg -> events.add(new Event.Deliver(msg)));
            }
            while (true) {
                Batch batch = new Batch();
                Event event = events.take();
                do {
                    if (handle(event, batch)) {
                        return 0;
                    }
                    event = events.poll();
                } while (event != null);
                if (batch.repaint) {
                    paint(batch.complete);
                }
            }
        } finally {
            clearPictures();
            input.stop();
            worker.close();
            fetches.close();
            scans.close();
            collections.close();
            watcher.close();
            pictures.close();
        }
    }

    /** What one batch of events asks of the painter. */
    private static final class Batch {
        boolean repaint;
        boolean complete;
    }

    /** Applies one event; true when the viewer is done. */
    private boolean handle(Event event, Batch batch) throws Exception {
        if (event instanceof Event.Deliver deliver) {
            Msg msg = deliver.msg();
            ViewerState before = state;
            boolean quit = apply(core.apply(state, msg));
            batch.repaint |= state != before || msg instanceof Msg.Resized || msg instanceof Msg.Resumed;
            batch.complete |= msg instanceof Msg.Resumed;
            if (msg instanceof Msg.Resumed && !state.options().mouse()) {
                display.writeSequence(MouseReporting.sequence(false)); // the terminal came back with reporting on
            }
            return quit;
        }
        if (event instanceof Event.Repaint) {
            batch.repaint = true;
            return false;
        }
        if (event instanceof Event.Suspend) {
            clearPictures();
            display.suspendJob();
            return handle(new Event.Deliver(new Msg.Resumed()), batch);
        }
        if (event instanceof Event.InputEnded) {
            return true;
        }
        Throwable cause = ((Event.Failed) event).cause();
        if (cause instanceof Exception e) {
            throw e;
        }
        throw (Error) cause;
    }

    /** Takes the viewer's new state and performs its effects; true when one of them is Quit. */
    private boolean apply(Step step) throws IOException {
        state = step.state();
        watcher.watch(watched());
        for (Effect effect : step.effects()) {
            if (effect instanceof Effect.Quit) {
                return true;
            } else if (effect instanceof Effect.Load load) {
                worker.load(load);
            } else if (effect instanceof Effect.Fetch fetch) {
                fetches.fetch(fetch);
            } else if (effect instanceof Effect.CancelFetch) {
                fetches.cancel();
            } else if (effect instanceof Effect.CancelLoad) {
                worker.cancelLoads();
            } else if (effect instanceof Effect.Scan scan) {
                scans.scan(scan);
            } else if (effect instanceof Effect.StopScan stop) {
                scans.stop(stop.slot());
            } else if (effect instanceof Effect.OpenExternal open) {
                worker.open(open);
            } else if (effect instanceof Effect.Edit edit) {
                worker.edit(edit);
            } else if (effect instanceof Effect.Compute compute) {
                worker.compute(compute);
            } else if (effect instanceof Effect.Copy copy) {
                display.writeSequence(Osc52.copy(copy.text()));
            } else if (effect instanceof Effect.MouseCapture mouse) {
                display.writeSequence(MouseReporting.sequence(mouse.captured()));
            } else {
                collections.perform(effect);
            }
        }
        return false;
    }

    /** The file to reload when it changes: the document's own, when watching is on and it has one. */
    private java.nio.file.Path watched() {
        return watchFile && state.source() != null && !CollectionWorker.isFolder(state.source()) ? state.source().path() : null;
    }

    private void paint(boolean complete) throws IOException {
        Frame frame = core.render(state);
        ViewerState shown = state;
        display.paint(screen -> {
            painter.paint(frame, screen);
            pictures.paint(frame, shown.source(), screen);
        }, complete, pictures.overdraw());
    }

    /** Takes graphics pictures off the screen, so none is left behind on the shell's screen or over an editor. */
    private void clearPictures() {
        String clear = pictures.clearAll();
        if (!clear.isEmpty()) {
            try {
                display.writeSequence(clear);
            } catch (IOException | RuntimeException ignored) {
                // the terminal is going away; restoring it matters more
            }
        }
    }

    /** The handoff the worker uses for openers and the editor: lend the terminal, then redraw everything. */
    private <T> T lend(TerminalHandoff.Work<T> work) throws Exception {
        try {
            return display.whileSuspended(work);
        } finally {
            events.add(new Event.Deliver(new Msg.Resumed()));
        }
    }
}
