package dev.folio.cli;

import dev.folio.image.TerminalReport;
import dev.folio.theme.Background;
import dev.folio.theme.BackgroundQuery;
import java.io.File;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * What the controlling terminal says about itself, asked in one conversation through
 * {@code /dev/tty} before the viewer takes it: its background (OSC 11) and its graphics (cell
 * and window pixels, device attributes), one question after the other, the device attributes
 * last, which every terminal answers, so their arrival ends the wait. The terminal is put in
 * non-canonical, no-echo mode for the moment (one {@code sh} running {@code stty} twice) and its
 * mode restored after (one {@code stty}), also if folio is interrupted meanwhile. Each process
 * and each round trip costs start-up time (issue 12): three processes and one round trip, where
 * separate questions cost six and two. Asked at most once per run; every failure is "no answer".
 */
final class TerminalAnswers {
    /** Long enough for a terminal over ssh; a terminal that answers nothing costs this once. */
    static final Duration TIMEOUT = Duration.ofMillis(200);
    static final String QUESTIONS = BackgroundQuery.COLOUR_QUESTION + TerminalReport.QUERY;

    private static final File TTY = new File("/dev/tty");
    private static final int MAX_ANSWER = 1024;
    private static String answers;

    private TerminalAnswers() {}

    static Optional<Background> background() {
        return BackgroundQuery.background(answers());
    }

    static TerminalReport graphics() {
        return TerminalReport.parse(answers());
    }

    private static synchronized String answers() {
        if (answers == null) {
            answers = ask();
        }
        return answers;
    }

    private static String ask() {
        if (!TTY.exists()) {
            return "";
        }
        String saved = stty(List.of("sh", "-c", "stty -g && stty -icanon -echo min 0 time 1"));
        if (saved == null || !saved.matches("[A-Za-z0-9:=.-]+")) {
            return "";
        }
        Thread restore = new Thread(() -> stty(List.of("stty", saved)));
        Runtime.getRuntime().addShutdownHook(restore);
        try (FileInputStream in = new FileInputStream(TTY); FileOutputStream out = new FileOutputStream(TTY)) {
            out.write(QUESTIONS.getBytes(StandardCharsets.US_ASCII));
            out.flush();
            return read(in);
        } catch (IOException e) {
            return "";
        } finally {
            stty(List.of("stty", saved));
            try {
                Runtime.getRuntime().removeShutdownHook(restore);
            } catch (IllegalStateException e) {
                // shutting down: the hook restores the terminal
            }
        }
    }

    /** Reads answers until the device attributes arrive or the time is up. */
    private static String read(InputStream in) throws IOException {
        StringBuilder answer = new StringBuilder();
        long deadline = System.nanoTime() + TIMEOUT.toNanos();
        byte[] buf = new byte[128];
        while (System.nanoTime() < deadline && answer.length() < MAX_ANSWER && !TerminalReport.isComplete(answer)) {
            int n = in.read(buf);     // returns after at most 0.1 s (time 1) with nothing
            if (n > 0) {
                answer.append(new String(buf, 0, n, StandardCharsets.ISO_8859_1));
            }
        }
        return answer.toString();
    }

    private static String stty(List<String> argv) {
        return ShortCommand.output(argv, ProcessBuilder.Redirect.from(TTY), StandardCharsets.US_ASCII);
    }
}
