package dev.folio.doc;

import java.nio.file.Path;

/**
 * Where a document came from. {@code path} is absolute, or null for stdin and the built-in guide
 * (which cannot be reloaded, and whose relative links resolve against {@code base}).
 *
 * @param name what the status line calls it ({@code README.md}, {@code stdin}, {@code guide})
 * @param base the directory relative links resolve against
 */
public record Source(Path path, String name, Path base) {
    public static Source file(Path path) {
        Path abs = path.toAbsolutePath().normalize();
        Path dir = abs.getParent();
        return new Source(abs, abs.getFileName() == null ? abs.toString() : abs.getFileName().toString(),
                dir == null ? abs : dir);
    }

    public static Source stream(String name, Path base) {
        return new Source(null, name, base.toAbsolutePath().normalize());
    }
}
