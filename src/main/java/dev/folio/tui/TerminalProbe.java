package dev.folio.tui;

import java.io.IOException;

/**
 * Whether standard input or output is a terminal. JDK 17's {@code System.console()} answers only
 * "both", which is wrong for {@code cat doc.md | folio}: stdin is a pipe, stdout the terminal the
 * viewer should use. {@code test -t N} answers for one descriptor, inherited by the child.
 */
public final class TerminalProbe {
    private TerminalProbe() {}

    public static boolean stdinIsTerminal() {
        return isTerminal(new ProcessBuilder("test", "-t", "0").redirectInput(ProcessBuilder.Redirect.INHERIT));
    }

    public static boolean stdoutIsTerminal() {
        return isTerminal(new ProcessBuilder("test", "-t", "1").redirectOutput(ProcessBuilder.Redirect.INHERIT));
    }

    private static boolean isTerminal(ProcessBuilder test) {
        try {
            return test.start().waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
