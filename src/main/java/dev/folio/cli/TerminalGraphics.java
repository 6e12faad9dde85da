package dev.folio.cli;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Whether tmux passes graphics sequences through (the terminal's own answers about graphics come
 * from {@link TerminalAnswers}). Every failure is "no answer".
 */
final class TerminalGraphics {
    private TerminalGraphics() {}

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
