package dev.folio.config;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * Where the config file is looked for: {@code $XDG_CONFIG_HOME/folio/folio.toml}, or
 * {@code ~/.config/folio/folio.toml} when that variable is unset, empty or relative (the XDG
 * base directory specification says to ignore a relative one).
 */
public final class ConfigLocation {
    public static final String FILE_NAME = "folio.toml";

    private ConfigLocation() {}

    /**
     * @param env  environment variables by name (null when unset)
     * @param home the user's home directory
     */
    public static Path of(Function<String, String> env, Path home) {
        String xdg = env.apply("XDG_CONFIG_HOME");
        Path base = home.resolve(".config");
        if (xdg != null && !xdg.isBlank()) {
            try {
                Path given = Path.of(xdg);
                if (given.isAbsolute()) {
                    base = given;
                }
            } catch (InvalidPathException e) {
                // not a path at all: the default it is
            }
        }
        return base.resolve("folio").resolve(FILE_NAME);
    }
}
