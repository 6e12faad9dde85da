package dev.folio.input;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;

/**
 * Finds the file a name with invalid UTF-8 meant. Java decodes command-line arguments as UTF-8,
 * turning each invalid byte into U+FFFD, so {@code printf x > "$(printf 'c1raw\233J.md')"} cannot
 * be opened by its argument: the name no longer holds the byte. A directory listing does: the
 * paths it gives keep the bytes the file system returned (whatever their {@code toString} shows),
 * so the file is the one entry of its folder whose decoded name equals the decoded argument.
 */
public final class LossyNames {
    private static final char REPLACEMENT = '\uFFFD';

    private LossyNames() {}

    /**
     * {@code path} itself when it exists or holds no U+FFFD; else the path, component by component,
     * of the one file whose decoded name is {@code path}'s. When none or several match, {@code path}
     * as given (the caller then reports that it does not exist).
     */
    public static Path existing(Path path) {
        if (path.toString().indexOf(REPLACEMENT) < 0 || Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return path;
        }
        Path parent = path.getParent();
        Path name = path.getFileName();
        if (name == null) {
            return path;
        }
        Path folder = parent == null ? Path.of(".") : existing(parent);
        if (name.toString().indexOf(REPLACEMENT) < 0) {
            return parent == null ? path : folder.resolve(name.toString());
        }
        Path found = null;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                if (entry.getFileName().toString().equals(name.toString())) {
                    if (found != null) {
                        return path; // two files decode to this name: which one was meant cannot be told
                    }
                    found = entry;
                }
            }
        } catch (IOException | SecurityException | java.nio.file.DirectoryIteratorException e) {
            return path;
        }
        return found == null ? path : found;
    }

    /** How many entries of {@code path}'s folder decode to its name (for the message when it is not one). */
    static int matches(Path path) {
        Path name = path.getFileName();
        Path parent = path.getParent();
        if (name == null) {
            return 0;
        }
        int count = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(parent == null ? Path.of(".") : existing(parent))) {
            for (Path entry : entries) {
                if (entry.getFileName().toString().equals(name.toString())) {
                    count++;
                }
            }
        } catch (IOException | SecurityException | java.nio.file.DirectoryIteratorException e) {
            return 0;
        }
        return count;
    }
}
