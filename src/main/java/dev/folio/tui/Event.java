package dev.folio.tui;

import dev.folio.viewer.Msg;

/** What arrives on the runtime's queue, from the input thread, the worker and signal handlers. */
sealed interface Event {
    /** A message for the viewer. */
    record Deliver(Msg msg) implements Event {}

    /** Ctrl-Z: stop like a shell job, and redraw on {@code fg}. */
    record Suspend() implements Event {}

    /** The terminal's input ended (hang-up): quit. */
    record InputEnded() implements Event {}

    /** A background thread failed in a way the viewer cannot handle. */
    record Failed(Throwable cause) implements Event {}
}
