package dev.folio.tui;

import com.googlecode.lanterna.TerminalSize;
import com.googlecode.lanterna.input.KeyStroke;
import com.googlecode.lanterna.screen.Screen;

import java.io.IOException;
import java.util.function.Consumer;

/**
 * What the runtime needs from a terminal: {@link TerminalSession} on a real tty, a virtual one in
 * tests. Painting, reading and suspending never overlap.
 */
interface Display {
    TerminalSize size();

    /** Calls {@code listener} (on any thread) whenever the size changes. */
    void onResize(Consumer<TerminalSize> listener);

    /** Calls {@code listener} (on any thread) when the process is asked to stop from outside (SIGTSTP); by default never. */
    default void onStopSignal(Runnable listener) {}

    /** Draws into the back buffer with {@code painter}, then refreshes by delta or completely. */
    void paint(Consumer<Screen> painter, boolean complete) throws IOException;

    /**
     * As {@link #paint(Consumer, boolean)}, writing {@code overdraw}'s bytes (folio's graphics
     * pictures) just before and just after the refresh. A display that cannot show them (a
     * virtual one) may ignore them.
     */
    default void paint(Consumer<Screen> painter, boolean complete, Overdraw overdraw) throws IOException {
        paint(painter, complete);
    }

    /** The next input event if one is waiting, else null; never blocks. */
    KeyStroke pollInput() throws IOException;

    /** Writes one of folio's own sequences (OSC 52). */
    void writeSequence(String sequence) throws IOException;

    /** Gives the terminal to {@code work} and takes it back afterwards, ready for a complete redraw. */
    <T> T whileSuspended(TerminalHandoff.Work<T> work) throws Exception;

    /** Stops the process like Ctrl-Z in a shell, with the terminal restored, until {@code fg}. */
    default void suspendJob() throws Exception {
        whileSuspended(JobControl::stopUntilContinued);
    }
}
