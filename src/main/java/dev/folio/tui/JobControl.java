package dev.folio.tui;

import java.io.IOException;

/**
 * Stops folio the way the tty's suspend character would have (raw mode turned it off): SIGTSTP to
 * the whole foreground process group, so a launcher script that did not {@code exec} stops too
 * and the shell sees the job stopped. Java cannot send a signal, so {@code kill} does; being in
 * the same group it stops with us, and it exits when the shell's {@code fg} continues the group.
 */
final class JobControl {
    private JobControl() {}

    /**
     * Returns once the process has been stopped and continued; at once if it cannot be stopped
     * (no {@code kill} on the PATH, or an orphaned process group, whose stop the kernel ignores).
     */
    static Void stopUntilContinued() throws Exception {
        // folio may be handling SIGTSTP itself (a kill -TSTP from outside suspends like Ctrl-Z):
        // for its own signal the default action, stopping, must be back in place.
        return Signals.withDefaultStop(() -> {
            try {
                new ProcessBuilder("kill", "-TSTP", "0")
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start()
                        .waitFor();
            } catch (IOException e) {
                // cannot stop: the screen is simply redrawn
            }
            return null;
        });
    }
}
