package dev.folio.tui;

import dev.folio.viewer.Frame;
import dev.folio.viewer.Msg;

/**
 * The pure core the runtime drives, in the Elm shape: a state, an update that returns the next
 * state and the effects to perform, and a view that draws a state. The runtime calls all three
 * from one thread and never changes a state itself.
 *
 * @param <S> the core's state type (immutable)
 */
public interface Program<S> {
    /** The first state, for a screen of {@code columns} × {@code rows} cells (status line included). */
    Step<S> init(Start start, int columns, int rows);

    /** The state after {@code msg}, and what the runtime must do. */
    Step<S> update(S state, Msg msg);

    /** Everything on screen for {@code state}. */
    Frame view(S state);

    /**
     * The file the runtime should watch for changes in {@code state} (posting
     * {@code Msg.FileChanged}), or empty for none.
     */
    default java.util.Optional<java.nio.file.Path> watched(S state) {
        return java.util.Optional.empty();
    }
}
