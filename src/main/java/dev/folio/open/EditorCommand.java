package dev.folio.open;

import dev.folio.text.Sanitizer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Runs the user's editor on a document: {@code $VISUAL}, else {@code $EDITOR}, else {@code vi},
 * split on whitespace into an argument list (so {@code EDITOR="code --wait"} works), then
 * {@code +LINE} and the file. No shell ever sees the file name.
 */
public final class EditorCommand {
    static final String FALLBACK = "vi";

    private final Function<String, String> env;
    private final Launcher launcher;

    /** @param env environment variables by name (null when unset) */
    public EditorCommand(Function<String, String> env, Launcher launcher) {
        this.env = env;
        this.launcher = launcher;
    }

    /** The editor of this process's environment. */
    public static EditorCommand system() {
        return new EditorCommand(System::getenv, Launcher.system());
    }

    /** The argument list that opens {@code file} at the 1-based {@code line}. */
    public List<String> argv(Path file, int line) {
        String command = firstSet("VISUAL", "EDITOR");
        List<String> argv = new ArrayList<>(List.of(command.strip().split("\\s+")));
        argv.add("+" + Math.max(1, line));
        argv.add(file.toAbsolutePath().toString());
        return argv;
    }

    /** Runs the editor on this terminal and waits for it; what happened, as one line. */
    public Opener.Outcome edit(Path file, int line) {
        List<String> argv = argv(file, line);
        String program = new SystemOpener.Command(argv).program();
        try {
            int code = launcher.runInTerminal(argv);
            return code == 0 ? new Opener.Outcome(true, "edited with " + program)
                    : new Opener.Outcome(false, program + " exited with " + code);
        } catch (IOException e) {
            return new Opener.Outcome(false, "no " + Sanitizer.target(program)
                    + ": set VISUAL or EDITOR");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Opener.Outcome(false, "interrupted while editing");
        }
    }

    private String firstSet(String... names) {
        for (String name : names) {
            String value = env.apply(name);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return FALLBACK;
    }
}
