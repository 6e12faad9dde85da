package dev.folio.cli;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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
        if (fromEnv.isPresent()) {
            return fromEnv;
        }
        File tty = new File("/dev/tty");
        if (!tty.exists()) {
            return OptionalInt.empty();
        }
        try {
            Process p = new ProcessBuilder("stty", "size")
                    .redirectInput(tty)
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroy();
                return OptionalInt.empty();
            }
            String[] rowsCols = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim().split("\\s+");
            return rowsCols.length == 2 ? positive(rowsCols[1]) : OptionalInt.empty();
        } catch (IOException e) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }

    /** The terminal's rows: {@code LINES} when exported, else {@code stty size} on {@code /dev/tty}. */
    static OptionalInt rows(String lines) {
        OptionalInt fromEnv = positive(lines);
        if (fromEnv.isPresent()) {
            return fromEnv;
        }
        File tty = new File("/dev/tty");
        if (!tty.exists()) {
            return OptionalInt.empty();
        }
        try {
            Process p = new ProcessBuilder("stty", "size").redirectInput(tty).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroy();
                return OptionalInt.empty();
            }
            String[] rowsCols = new String(p.getInputStream().readAllBytes(), StandardCharsets.US_ASCII).trim().split("\\s+");
            return rowsCols.length == 2 ? positive(rowsCols[0]) : OptionalInt.empty();
        } catch (IOException e) {
            return OptionalInt.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return OptionalInt.empty();
        }
    }

    private static OptionalInt positive(String s) {
        if (s == null || !s.trim().matches("\\d{1,5}")) {
            return OptionalInt.empty();
        }
        int n = Integer.parseInt(s.trim());
        return n > 0 ? OptionalInt.of(n) : OptionalInt.empty();
    }
}
