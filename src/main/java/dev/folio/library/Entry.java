package dev.folio.library;

import java.nio.file.Path;
import java.time.Instant;

/**
 * One entry of a folder's listing. The title is null until the file's first lines have been
 * read ({@link Heads}); listing a folder never reads files, so the first screen comes at once.
 *
 * @param path     absolute path
 * @param name     the file name
 * @param size     bytes (0 for folders)
 * @param modified last modification
 * @param title    first heading, front-matter title or file name; null while not read yet
 */
public record Entry(Path path, String name, EntryKind kind, long size, Instant modified, String title) {

    /** The title to show: the one read, else the file name. */
    public String shownTitle() {
        return title != null ? title : name;
    }

    public boolean titleKnown() {
        return title != null || kind == EntryKind.FOLDER;
    }

    public boolean isDocument() {
        return kind == EntryKind.DOCUMENT;
    }

    public Entry withHead(Head head) {
        return new Entry(path, name, head.kind() == EntryKind.DOCUMENT ? kind : head.kind(), size, modified,
                head.title() != null ? head.title() : name);
    }
}
