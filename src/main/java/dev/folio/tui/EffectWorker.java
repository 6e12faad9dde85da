package dev.folio.tui;

import dev.folio.doc.Document;
import dev.folio.viewer.Effect;
import dev.folio.viewer.Msg;
import dev.folio.doc.Source;
import dev.folio.open.EditorCommand;
import dev.folio.open.Opener;
import dev.folio.text.Sanitizer;

import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Performs the slow effects (loading a document, opening a target externally, editing) off the
 * thread that owns the state: opens and edits on one worker thread, in the order they were asked
 * for, loads on their own ({@link Loads}), and posts each outcome back as a message. Openers and
 * the editor are {@code open}'s ports: they report outcomes, and this worker turns them into the
 * viewer's messages; a program that draws in this terminal (the editor, a text browser) runs with
 * the screen suspended. Failures
 * the user can cause (a missing file, a bad target, a document the parser chokes on) become
 * messages; anything else is posted as {@link Event.Failed}.
 */
final class EffectWorker implements AutoCloseable {
    private final Opener opener;
    private final EditorCommand editor;
    private final TerminalHandoff handoff;
    private final Consumer<Event> events;
    private final Loads loads;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "folio worker");
        thread.setDaemon(true);
        return thread;
    });

    /** Pure computations (layouts of long documents) have a thread of their own: loads and opens never wait for them. */
    private final ExecutorService computer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "folio compute");
        thread.setDaemon(true);
        return thread;
    });
    private final java.util.Map<String, Effect.Compute> newestCompute = new java.util.concurrent.ConcurrentHashMap<>();

    EffectWorker(DocumentLoader loader, Opener opener, EditorCommand editor, TerminalHandoff handoff, Consumer<Event> events) {
        this(loader, opener, editor, handoff, events, Loads.TIMEOUT);
    }

    /** @param loadTimeout how long a load may take before it is given up (tests shorten it) */
    EffectWorker(DocumentLoader loader, Opener opener, EditorCommand editor, TerminalHandoff handoff, Consumer<Event> events,
                 java.time.Duration loadTimeout) {
        this.loads = new Loads(loader, events, loadTimeout);
        this.opener = opener;
        this.editor = editor;
        this.handoff = handoff;
        this.events = events;
    }

    /** Loads run apart from opens and edits, and never wait behind a stuck one ({@link Loads}). */
    void load(Effect.Load load) {
        loads.load(load);
    }

    /** Esc: the load under way ends as cancelled. */
    void cancelLoads() {
        loads.cancel();
    }

    void open(Effect.OpenExternal request) {
        submit(() -> opened(request));
    }

    /** Opens and edits run in the order they were asked for; the reload an edit asks for follows it. */
    void edit(Effect.Edit request) {
        submit(() -> edited(request));
    }

    /** The opener's outcome as one line for the status bar; the terminal is lent to a program that needs it. */
    private Msg.OpenResult opened(Effect.OpenExternal request) {
        try {
            Opener.Outcome outcome = opener.needsTerminal(request.target(), request.kind())
                    ? handoff.whileSuspended(() -> opener.open(request.target(), request.kind()))
                    : opener.open(request.target(), request.kind());
            return new Msg.OpenResult(outcome.message(), !outcome.opened());
        } catch (Exception e) {
            return new Msg.OpenResult("could not open " + Sanitizer.target(request.target()) + ": " + e.getMessage(), true);
        }
    }

    /** The editor draws in this terminal: it always runs with the screen suspended. */
    private Msg.Edited edited(Effect.Edit request) {
        try {
            Opener.Outcome outcome = handoff.whileSuspended(() -> editor.edit(request.path(), request.line()));
            return new Msg.Edited(request.path(), outcome.message(), !outcome.opened());
        } catch (Exception e) {
            return new Msg.Edited(request.path(), "could not edit: " + e.getMessage(), true);
        }
    }

    /** Runs the computation unless a newer one for the same slot comes before it starts. */
    void compute(Effect.Compute request) {
        newestCompute.put(request.slot(), request);
        submit(computer, () -> newestCompute.get(request.slot()) != request ? null : request.work().get());
    }

    /** Runs {@code task} on the worker and posts its message (none when it returns null). */
    private void submit(Supplier<Msg> task) {
        submit(executor, task);
    }

    private void submit(ExecutorService on, Supplier<Msg> task) {
        on.execute(() -> {
            try {
                Msg msg = task.get();
                if (msg != null) {
                    events.accept(new Event.Deliver(msg));
                }
            } catch (RuntimeException | Error e) {
                events.accept(new Event.Failed(e));
            }
        });
    }

    /** The message for a finished load: the document, or one line saying why there is none. */
    static Msg loaded(DocumentLoader loader, Effect.Load load) {
        String target = load.path().toString();
        try {
            Document document = loader.load(load.path());
            return new Msg.Loaded(Source.file(load.path()), document, load.anchor(), load.reason());
        } catch (NoSuchFileException e) {
            return new Msg.LoadFailed(target, "no such file");
        } catch (AccessDeniedException e) {
            return new Msg.LoadFailed(target, "permission denied");
        } catch (CharacterCodingException e) {
            return new Msg.LoadFailed(target, "cannot decode the text");
        } catch (IOException e) {
            return new Msg.LoadFailed(target, reason(e));
        } catch (RuntimeException e) {
            return new Msg.LoadFailed(target, "cannot render: " + reason(e));
        }
    }

    private static String reason(Exception e) {
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message.lines().findFirst().orElse("");
    }

    @Override
    public void close() {
        executor.shutdownNow();
        computer.shutdownNow();
        loads.close();
    }
}
