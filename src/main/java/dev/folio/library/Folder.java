package dev.folio.library;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A folder's listing: its documents and subfolders, by file name, without reading any file
 * (titles, and whether a document can be read at all, come later, from {@link Heads}). Hidden entries and files that are not documents are
 * left out.
 */
public final class Folder {
    private Folder() {}

    /**
     * Lists {@code dir}.
     *
     * @throws IOException when the folder itself cannot be read
     */
    public static List<Entry> list(Path dir) throws IOException {
        Path abs = dir.toAbsolutePath().normalize();
        List<Entry> entries = new ArrayList<>();
        try (DirectoryStream<Path> stream = Files.newDirectoryStream(abs)) {
            for (Path path : stream) {
                String name = path.getFileName().toString();
                if (Documents.isHidden(name)) {
                    continue;
                }
                Entry entry = entry(path, name);
                if (entry != null) {
                    entries.add(entry);
                }
            }
        }
        entries.sort(Sorting.comparator(SortKey.NAME));
        return entries;
    }

    private static Entry entry(Path path, String name) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(path, BasicFileAttributes.class);
        } catch (IOException | SecurityException e) {
            // A dangling link or a file we may not stat: shown as unreadable if it looks like a document.
            try {
                attributes = Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            } catch (IOException | SecurityException again) {
                return Documents.isDocumentName(name)
                        ? new Entry(path, name, EntryKind.UNREADABLE, 0, Instant.EPOCH, null) : null;
            }
            return Documents.isDocumentName(name)
                    ? new Entry(path, name, EntryKind.UNREADABLE, 0, attributes.lastModifiedTime().toInstant(), null) : null;
        }
        Instant modified = attributes.lastModifiedTime().toInstant();
        if (attributes.isDirectory()) {
            if (Documents.isSkippedFolder(name)) {
                return null;
            }
            EntryKind kind = Files.isReadable(path) ? EntryKind.FOLDER : EntryKind.UNREADABLE;
            return new Entry(path, name, kind, 0, modified, kind == EntryKind.FOLDER ? name + "/" : null);
        }
        if (!attributes.isRegularFile() || !Documents.isDocumentName(name)) {
            return null;
        }
        // Whether it can be read is found when its title is read (Heads says UNREADABLE): one
        // system call fewer for each of 15,000 files before the first screen.
        return new Entry(path, name, EntryKind.DOCUMENT, attributes.size(), modified, null);
    }
}
