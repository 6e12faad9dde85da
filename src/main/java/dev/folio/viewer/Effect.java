package dev.folio.viewer;

import dev.folio.open.TargetKind;
import java.nio.file.Path;

/** What the viewer asks the runtime to do; the runtime performs it and posts the outcome as a {@link Msg}. */
public sealed interface Effect {
    /** Read, decode and parse a file, then post {@link Msg.Loaded} (or {@link Msg.LoadFailed}). */
    record Load(Path path, String anchor, Reason reason) implements Effect {
        /** Why the document is loaded, so the viewer knows what to do with history. */
        public enum Reason { FOLLOW, RELOAD, BACK, FORWARD }
    }

    /**
     * Open a target in an external program. {@code target} is an absolute URI or an absolute
     * path (never starting with {@code -}); the runtime passes it as one argument, never to a shell.
     */
    record OpenExternal(String target, TargetKind kind) implements Effect {}

    /**
     * Open {@code path} in the user's editor at the 1-based {@code line}, with the terminal lent to
     * it; post {@link Msg.Edited} when it exits.
     */
    record Edit(Path path, int line) implements Effect {}

    /** Put text on the clipboard (OSC 52). */
    record Copy(String text) implements Effect {}

    record Quit() implements Effect {}

    /** Report the mouse to folio ({@code true}), or leave it to the terminal's own selection and copy. */
    record MouseCapture(boolean captured) implements Effect {}

    /**
     * Pure but slow work (laying out a long document) to run off the thread that owns the state;
     * its message is posted when done. A newer request for the same {@code slot} supersedes one
     * that has not started.
     */
    record Compute(String slot, java.util.function.Supplier<Msg> work) implements Effect {}
}
