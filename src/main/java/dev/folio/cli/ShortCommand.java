package dev.folio.cli;

import java.io.IOException;
import java.nio.charset.Charset;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a short helper program (stty, tmux) that answers at once: its trimmed output, or null
 * when it fails, cannot start, or has not answered within two seconds (it is then killed, so a
 * wedged terminal never holds folio up).
 */
final class ShortCommand {
    private ShortCommand() {}

    static String output(List<String> argv, ProcessBuilder.Redirect input, Charset charset) {
        try {
            Process p = new ProcessBuilder(argv).redirectInput(input).redirectError(ProcessBuilder.Redirect.DISCARD).start();
            if (!p.waitFor(2, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return null;
            }
            String out = new String(p.getInputStream().readAllBytes(), charset).trim();
            return p.exitValue() == 0 ? out : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
