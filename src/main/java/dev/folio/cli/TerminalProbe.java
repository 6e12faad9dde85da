package dev.folio.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.OptionalInt;
import java.util.concurrent.TimeUnit;

/**
 * Cheap answers to "is this descriptor a terminal?" and "how wide is the terminal?", without
 * starting a terminal library: Java 17 only tells whether stdin and stdout are both terminals.
 * On Linux the answer is read from {@code /proc/self/fd}; elsewhere {@code test -t} is asked,
 * with the descriptor passed on to it. The width comes from {@code COLUMNS} when exported, else
 * from {@code stty size} reading {@code /dev/tty}.
 */
final class TerminalProbe {
    static final int STDIN = 0;
    static final int STDOUT = 1;
    static final int STDERR = 2;

    private static final Path PROC_FD = Path.of("/proc/self/fd");

    private TerminalProbe() {}

    static boolean isTerminal(int fd) {
        if (Files.isDirectory(PROC_FD)) {
            try {
                String target = Files.readSymbolicLink(PROC_FD.resolve(String.valueOf(fd))).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            } catch (IOException | UnsupportedOperationException | SecurityException e) {
                return false;
            }
        }
        return askTest(fd);
    }

    private static boolean askTest(int fd) {
        ProcessBuilder pb = new ProcessBuilder("test", "-t", String.valueOf(fd));
        if (fd == STDIN) {
            pb.redirectInput(ProcessBuilder.Redirect.INHERIT);
        } else if (fd == STDERR) {
            pb.redirectError(ProcessBuilder.Redirect.INHERIT);
        } else {
            pb.redirectOutput(ProcessBuilder.Redirect.INHERIT);
        }
        try {
            Process p = pb.start();
            return p.waitFor(2, TimeUnit.SECONDS) && p.exitValue() == 0;
        } catch (IOException e) {
            return System.console() != null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    static OptionalInt width(String columns) {
        OptionalInt fromEnv = positive(columns);
        return fromEnv.isPresent() ? fromEnv : sttySize(1);
    }

    /** The terminal's rows: {@code LINES} when exported, else {@code stty size} on {@code /dev/tty}. */
    static OptionalInt rows(String lines) {
        OptionalInt fromEnv = positive(lines);
        return fromEnv.isPresent() ? fromEnv : sttySize(0);
    }

    /** The answer of {@code stty size} ("rows columns"), asked once per run: each question is a process. */
    private static String[] sttySize;

    /** Part {@code index} of {@code stty size} (0 rows, 1 columns). */
    private static synchronized OptionalInt sttySize(int index) {
        if (sttySize == null) {
            File tty = new File("/dev/tty");
            String answer = tty.exists()
                    ? ShortCommand.output(List.of("stty", "size"), ProcessBuilder.Redirect.from(tty), StandardCharsets.US_ASCII)
                    : null;
            sttySize = answer == null ? new String[0] : answer.trim().split("\\s+");
        }
        return sttySize.length == 2 ? positive(sttySize[index]) : OptionalInt.empty();
    }

    private static OptionalInt positive(String s) {
        if (s == null || !s.trim().matches("\\d{1,5}")) {
            return OptionalInt.empty();
        }
        int n = Integer.parseInt(s.trim());
        return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
    }
}
