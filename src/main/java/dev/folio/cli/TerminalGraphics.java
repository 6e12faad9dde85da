package dev.folio.cli;

import dev.folio.image.TerminalReport;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * What folio learns about graphics before the viewer starts: the terminal's answers (cell size,
 * window pixels, device attributes; see {@link TerminalAnswers}), and whether tmux passes
 * graphics sequences through. Every failure is "no answer".
 */
final class TerminalGraphics {
    private TerminalGraphics() {}

    static TerminalReport ask() {
        return TerminalAnswers.graphics();
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

    private static String run(List<String> argv) {
        return ShortCommand.output(argv, ProcessBuilder.Redirect.from(new File("/dev/null")), StandardCharsets.UTF_8);
    }
}
