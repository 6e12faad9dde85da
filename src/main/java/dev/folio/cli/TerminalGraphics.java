package dev.folio.cli;

import dev.folio.image.TerminalReport;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

/**
 * Asks the controlling terminal about graphics ({@link TerminalReport#QUERY}: cell size,
 * window pixels, device attributes) through {@code /dev/tty} before the viewer takes it, the
 * way {@link TerminalBackground} asks for the background; and asks tmux whether it passes
 * graphics sequences through. Every failure is "no answer".
 */
final class TerminalGraphics {
    static final Duration TIMEOUT = Duration.ofMillis(200);
    private static final File TTY = new File("/dev/tty");
    private static final int MAX_ANSWER = 512;

    private TerminalGraphics() {}

    static TerminalReport ask() {
        if (!TTY.exists()) {
            return TerminalReport.NONE;
        }
        String saved = stty("-g");
        if (saved == null || !saved.matches("[A-Za-z0-9:=.-]+") || stty("-icanon -echo min 0 time 1") == null) {
            return TerminalReport.NONE;
        }
        Thread restore = new Thread(() -> stty(saved));
        Runtime.getRuntime().addShutdownHook(restore);
        try (FileInputStream in = new FileInputStream(TTY); FileOutputStream out = new FileOutputStream(TTY)) {
            out.write(TerminalReport.QUERY.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return TerminalReport.parse(read(in));
        } catch (IOException e) {
            return TerminalReport.NONE;
        } finally {
            stty(saved);
            try {
                Runtime.getRuntime().removeShutdownHook(restore);
            } catch (IllegalStateException e) {
                // shutting down: the hook restores the terminal
            }
        }
    }

    /** Reads answers until the device attributes arrive (every terminal sends them) or the time is up. */
    private static String read(InputStream in) throws IOException {
        StringBuilder answer = new StringBuilder();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        byte[] buf = new byte[64];
        while (System.nanoTime() < deadline && answer.length() < MAX_ANSWER && !TerminalReport.isComplete(answer)) {
            int n = in.read(buf);     // returns after at most 0.1 s (time 1) with nothing
            if (n > 0) {
                answer.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
            }
        }
        return answer.toString();
    }

    /** Whether tmux (when folio runs inside it) hands graphics sequences on to the outer terminal. */
    static boolean tmuxPassesThrough(Environment env) {
        String tmux = env.get("TMUX");
        if (tmux == null || tmux.isEmpty()) {
            return false;
        }
        String value = run(List.of("tmux", "show-options", "-gv", "allow-passthrough"));
        return value != null && (value.equals("on") || value.equals("all"));
    }

    private static String stty(String args) {
        List<String> argv = new java.util.ArrayList<>(List.of("stty"));
        argv.addAll(List.of(args.split(" ")));
        return ShortCommand.output(argv, ProcessBuilder.Redirect.from(TTY), StandardCharsets.US_ASCII);
    }

    private static String run(List<String> argv) {
        return ShortCommand.output(argv, ProcessBuilder.Redirect.from(new File("/dev/null")), StandardCharsets.UTF_8);
    }
}
