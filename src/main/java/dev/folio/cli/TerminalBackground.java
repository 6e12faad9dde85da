package dev.folio.cli;

import dev.folio.theme.Background;
import dev.folio.theme.BackgroundQuery;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Optional;

/**
 * Asks the controlling terminal for its background ({@link BackgroundQuery}) through
 * {@code /dev/tty}, before the viewer takes the terminal. For the answer to be read at once and
 * not echoed, the terminal is switched to non-canonical, no-echo mode with {@code stty} for the
 * moment of the question, and its previous mode restored afterwards, also if the process is
 * interrupted meanwhile.
 */
final class TerminalBackground {
    /** Long enough for a terminal over ssh; a terminal that does not know OSC 11 costs no wait. */
    static final Duration TIMEOUT = Duration.ofMillis(150);

    private static final File TTY = new File("/dev/tty");

    private TerminalBackground() {}

    static Optional<Background> ask() {
        if (!TTY.exists()) {
            return Optional.empty();
        }
        String saved = stty("-g && stty -icanon -echo min 1 time 0");
        if (saved == null || !saved.matches("[A-Za-z0-9:=.-]+")) {
            return Optional.empty();
        }
        Thread restore = new Thread(() -> stty(saved));
        Runtime.getRuntime().addShutdownHook(restore);
        try (FileInputStream in = new FileInputStream(TTY); FileOutputStream out = new FileOutputStream(TTY)) {
            return new BackgroundQuery(TIMEOUT).ask(in, out);
        } catch (IOException e) {
            return Optional.empty();
        } finally {
            stty(saved);
            removeHook(restore);
        }
    }

    /** Runs {@code stty ARGS} (through sh, for the {@code &&}) on the terminal; its output, or null on failure. */
    private static String stty(String args) {
        return ShortCommand.output(java.util.List.of("sh", "-c", "stty " + args), ProcessBuilder.Redirect.from(TTY), StandardCharsets.US_ASCII);
    }

    private static void removeHook(Thread hook) {
        try {
            Runtime.getRuntime().removeShutdownHook(hook);
        } catch (IllegalStateException e) {
            // already shutting down: the hook restores the terminal
        }
    }
}
