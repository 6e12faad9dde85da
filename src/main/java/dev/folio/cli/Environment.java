package dev.folio.cli;

import dev.folio.theme.Background;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What folio asks of the world outside its arguments. The command sees the world only through
 * this interface, so tests can run it with any environment, terminal or stdin.
 */
public interface Environment {
    /** An environment variable, or null when it is not set. */
    String get(String name);

    boolean stdoutIsTerminal();

    boolean stdinIsTerminal();

    /** Whether stderr is a terminal (progress is drawn there only then). */
    default boolean stderrIsTerminal() {
        return false;
    }

    /** Columns of the controlling terminal, when known. */
    OptionalInt terminalWidth();

    InputStream stdin();

    Path workingDirectory();

    /** The user's home directory. */
    Path home();

    /**
     * Asks the terminal for its background colour (OSC 11), within a short timeout; empty when it
     * does not answer. Only asked when stdout is a terminal and {@code --theme=auto} needs it.
     * Without a terminal to ask (tests), empty.
     */
    default Optional<Background> askTerminalBackground() {
        return Optional.empty();
    }

    /**
     * Runs a pager on this terminal with {@code text} as its input, and waits for it
     * ({@code --pager}); returns its exit status.
     *
     * @throws IOException when it cannot be started
     */
    default int page(List<String> argv, String text) throws IOException {
        return Pager.run(argv, text);
    }

    /** The real environment of this process. */
    static Environment system() {
        return new SystemEnvironment();
    }
}
