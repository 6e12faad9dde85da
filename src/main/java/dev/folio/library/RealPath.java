package dev.folio.library;

import java.io.IOException;
import java.nio.file.Path;

/** A file's real path (links resolved), for keys that must name one file one way; else its absolute, normal form. */
public final class RealPath {
    private RealPath() {}

    public static Path of(Path file) {
        try {
            return file.toRealPath();
        } catch (IOException | SecurityException e) {
            return file.toAbsolutePath().normalize();
        }
    }
}
