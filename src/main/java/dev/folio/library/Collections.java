package dev.folio.library;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Finds a document's collection: the nearest index ({@value #NAMES_DOC}) in its folder or up to
 * {@value #LEVELS_UP} folders above (never past a repository root) that links to it, and from
 * it the reading order. Parsed indexes are kept while their file's size and time are the same,
 * so a 13,000-entry {@code SUMMARY.md} is parsed once. Thread-safe; call it off the UI thread.
 */
public final class Collections {
    static final String NAMES_DOC = "SUMMARY.md, _sidebar.md, README.md, index.md";
    /** Index file names, in the order they are preferred within one folder. */
    static final List<String> INDEX_NAMES = List.of("SUMMARY.md", "_sidebar.md", "README.md", "readme.md", "index.md");
    static final int LEVELS_UP = 3;
    /** An index with fewer links is a README that mentions a file, not a collection's index. */
    private static final int MIN_ENTRIES = 2;

    private record Stamp(long size, long modified) {}

    private record Cached(Stamp stamp, CollectionIndex index) {}

    private final ConcurrentHashMap<Path, Cached> parsed = new ConcurrentHashMap<>();

    /** The index of the collection {@code document} belongs to, if any. */
    public Optional<CollectionIndex> indexOf(Path document) {
        Path doc = document.toAbsolutePath().normalize();
        Path real = realPath(doc);
        Path dir = doc.getParent();
        for (int level = 0; dir != null && level <= LEVELS_UP; level++) {
            for (String name : INDEX_NAMES) {
                Path candidate = dir.resolve(name);
                if (candidate.equals(doc)) {
                    continue;
                }
                Optional<CollectionIndex> index = load(candidate);
                if (index.isPresent() && (index.get().contains(doc) || index.get().contains(real))) {
                    return index;
                }
            }
            if (Files.exists(dir.resolve(".git"))) {
                break; // the repository's root: a collection ends there
            }
            dir = dir.getParent();
        }
        return Optional.empty();
    }

    /**
     * The reading order of {@code document}: its index's, else its folder's documents by name.
     * An index document itself gets its own entries, with next going to the first.
     */
    public ReadingOrder orderOf(Path document) {
        Path doc = document.toAbsolutePath().normalize();
        Optional<CollectionIndex> index = indexOf(doc);
        if (index.isPresent()) {
            CollectionIndex i = index.get();
            int at = i.positionOf(doc);
            if (at < 0) {
                at = i.positionOf(realPath(doc));
            }
            return new ReadingOrder(i.documents(), at, Optional.of(i.file()));
        }
        if (INDEX_NAMES.contains(doc.getFileName().toString())) {
            Optional<CollectionIndex> own = load(doc);
            if (own.isPresent()) {
                return new ReadingOrder(own.get().documents(), -1, Optional.of(doc));
            }
        }
        return folderOrder(doc);
    }

    /** The documents of {@code doc}'s folder by file name, with doc's place among them. */
    static ReadingOrder folderOrder(Path doc) {
        List<Path> documents = new ArrayList<>();
        try {
            for (Entry e : Folder.list(doc.getParent())) {
                if (e.kind() == EntryKind.DOCUMENT) {
                    documents.add(e.path());
                }
            }
        } catch (IOException e) {
            documents.add(doc);
        }
        return new ReadingOrder(documents, documents.indexOf(doc), Optional.empty());
    }

    /** The parsed index at {@code file}, when it exists and links to at least two documents. */
    Optional<CollectionIndex> load(Path file) {
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(file, BasicFileAttributes.class);
        } catch (IOException e) {
            parsed.remove(file);
            return Optional.empty();
        }
        if (!attributes.isRegularFile()) {
            return Optional.empty();
        }
        Stamp stamp = new Stamp(attributes.size(), attributes.lastModifiedTime().toMillis());
        Cached cached = parsed.get(file);
        if (cached == null || !cached.stamp().equals(stamp)) {
            CollectionIndex index;
            try {
                index = CollectionIndex.parse(file, Files.readString(file));
            } catch (IOException | RuntimeException e) {
                // Not UTF-8 or unreadable: not an index folio can follow.
                index = new CollectionIndex(file.toAbsolutePath().normalize(), List.of(), java.util.Map.of());
            }
            cached = new Cached(stamp, index);
            parsed.put(file, cached);
        }
        return cached.index().documents().size() >= MIN_ENTRIES ? Optional.of(cached.index()) : Optional.empty();
    }

    private static Path realPath(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException | SecurityException e) {
            return p;
        }
    }
}
