package dev.folio.open;


/**
 * Opens a target in an external program: always as an argument list, never through a shell.
 * The runtime calls it on a worker thread and tells the viewer the {@link Outcome}.
 */
public interface Opener {

    /**
     * Opens {@code target} (an absolute URI or absolute path). Returns at once for a detached
     * program; for a program that {@linkplain #needsTerminal needs the terminal} it returns when
     * the program has finished.
     */
    Outcome open(String target, TargetKind kind);

    /**
     * True when the program would draw in folio's own terminal (a text browser started by
     * {@code xdg-open} without a desktop): the runtime must suspend its screen around {@link #open}.
     */
    default boolean needsTerminal(String target, TargetKind kind) {
        return false;
    }

    /** What happened, as one line for the status bar. */
    record Outcome(boolean opened, String message) {}
}
