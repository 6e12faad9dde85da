package dev.folio.state;

import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * folio's folders by the XDG base directory rules: {@code $XDG_STATE_HOME/folio},
 * {@code $XDG_DATA_HOME/folio}, {@code $XDG_CACHE_HOME/folio}, each defaulting under the home
 * directory; a relative value is ignored, as the specification says.
 */
public record Xdg(Path state, Path data, Path cache) {
    public static Xdg of(UnaryOperator<String> environment, Path home) {
        return new Xdg(
                dir(environment.apply("XDG_STATE_HOME"), home.resolve(".local").resolve("state")),
                dir(environment.apply("XDG_DATA_HOME"), home.resolve(".local").resolve("share")),
                dir(environment.apply("XDG_CACHE_HOME"), home.resolve(".cache")));
    }

    private static Path dir(String value, Path fallback) {
        Path base = value != null && !value.isBlank() && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
        return base.resolve("folio");
    }
}
