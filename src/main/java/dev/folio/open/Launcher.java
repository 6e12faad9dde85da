package dev.folio.open;

import java.io.File;
import java.io.IOException;
import java.util.List;

/** Starts a program from an argument list. {@link #system()} uses {@link ProcessBuilder}; tests record. */
public interface Launcher {

    /** Starts the program detached: no output on folio's screen, no input, no waiting. */
    void start(List<String> argv) throws IOException;

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
