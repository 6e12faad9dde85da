package dev.folio.tui;

/**
 * Lends the terminal to another program: the viewer leaves the alternate screen and gives the
 * tty back its normal settings, {@code work} runs, then the viewer takes the screen back and
 * redraws everything (the core receives {@code Msg.Resumed}).
 */
public interface TerminalHandoff {
    <T> T whileSuspended(Work<T> work) throws Exception;

    /** What runs while the terminal is lent out, typically starting a program and waiting for it. */
    @FunctionalInterface
    interface Work<T> {
        T run() throws Exception;
    }
}
