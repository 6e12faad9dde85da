package dev.folio.open;

import java.io.File;
import java.io.IOException;
import java.util.List;

/** Starts a program from an argument list. {@link #system()} uses {@link ProcessBuilder}; tests record. */
public interface Launcher {

    /** Starts the program detached: no output on folio's screen, no input, no waiting. */
    void start(List<String> argv) throws IOException;

    /**
     * Starts the program detached, then watches it for a moment: a GUI opener that cannot open
     * the target (xdg-open or gio without a desktop) exits at once with an error. Returns its
     * exit code if it ended within that moment, empty while it still runs (it opened something).
     */
    default java.util.OptionalInt startAndWatch(List<String> argv) throws IOException, InterruptedException {
        start(argv);
        return java.util.OptionalInt.empty();
    }

    /** How long {@link #startAndWatch} waits for an early exit. */
    long WATCH_MILLIS = 1500;

    /** Runs the program on folio's terminal and waits for it; returns its exit code. */
    int runInTerminal(List<String> argv) throws IOException, InterruptedException;

    static Launcher system() {
        return new Launcher() {
            @Override
            public void start(List<String> argv) throws IOException {
                new ProcessBuilder(argv)
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
                // The JDK's process reaper collects the exit status; nobody waits for it here.
            }

            @Override
            public java.util.OptionalInt startAndWatch(List<String> argv) throws IOException, InterruptedException {
                Process p = new ProcessBuilder(argv)
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")))
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.DISCARD)
                        .start();
                boolean ended = p.waitFor(WATCH_MILLIS, java.util.concurrent.TimeUnit.MILLISECONDS);
                return ended ? java.util.OptionalInt.of(p.exitValue()) : java.util.OptionalInt.empty();
            }

            @Override
            public int runInTerminal(List<String> argv) throws IOException, InterruptedException {
                ProcessBuilder builder = new ProcessBuilder(argv).inheritIO();
                File tty = new File("/dev/tty");
                if (tty.exists()) {
                    builder.redirectInput(ProcessBuilder.Redirect.from(tty)); // stdin may be the document's pipe
                }
                return builder.start().waitFor();
            }
        };
    }
}
