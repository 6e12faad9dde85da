package dev.folio.tui;

import dev.folio.viewer.Msg;
import java.util.function.Consumer;

/**
 * The rest of a long start document, read in the background once the first screen is up: it
 * posts messages (more of the document, {@link Msg.Parsed}) to the viewer as it goes.
 */
@FunctionalInterface
public interface Remainder {
    /** Nothing more to read. */
    Remainder NONE = post -> {};

    /** Reads the rest, posting what it has read; runs on a thread of its own. */
    void read(Consumer<Msg> post) throws Exception;

    /** Starts {@link #read} on a daemon thread; a failure ends the reading, not the viewer. */
    default void startReading(Consumer<Msg> post) {
        if (this == NONE) {
            return;
        }
        Thread reader = new Thread(() -> {
            try {
                read(post);
            } catch (Exception | StackOverflowError e) {
                post.accept(new Msg.LoadFailed("the rest of the document", "could not read it: " + e.getMessage()));
            }
        }, "folio reader");
        reader.setDaemon(true);
        reader.start();
    }
}
