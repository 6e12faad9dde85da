package dev.folio.config;

import java.nio.file.Path;

/**
 * A config file folio cannot use. The message names the file and the line, as compilers do:
 * {@code /home/ann/.config/folio/folio.toml:12: keys: unknown action 'jump'}.
 */
public final class ConfigException extends Exception {
    private static final long serialVersionUID = 1L;

    private final Path file;
    private final int line;
    private final String problem;

    /** @param line 1-based, or 0 when the problem is the file as a whole */
    public ConfigException(Path file, int line, String problem) {
        super(file + (line > 0 ? ":" + line : "") + ": " + problem);
        this.file = file;
        this.line = line;
        this.problem = problem;
    }

    public Path file() {
        return file;
    }

    public int line() {
        return line;
    }

    /** What is wrong, without the file and line. */
    public String problem() {
        return problem;
    }
}
