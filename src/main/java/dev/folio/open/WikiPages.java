package dev.folio.open;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Finds the page a wiki link names ({@code [[My Page]]}): {@code My Page.md} (or {@code .markdown},
 * or with hyphens for spaces, as GitHub wikis name files), by name ignoring case, first beside
 * the document, then anywhere in its collection: the nearest folder above holding {@code .git},
 * {@code .obsidian}, {@code .foam} or {@code mkdocs.yml} (at most {@link #LEVELS_UP} up). The
 * search is bounded ({@link #MAX_ENTRIES} entries), so a link in a huge tree cannot hang.
 */
final class WikiPages {
    static final int LEVELS_UP = 4;
    static final int MAX_ENTRIES = 20_000;
    private static final String[] MARKERS = {".git", ".obsidian", ".foam", "mkdocs.yml"};
    /** Where collections keep their pictures and attachments, beside the documents or above them. */
    private static final String[] FILE_FOLDERS = {"img", "images", "assets", "attachments", "media"};

    private WikiPages() {}

    static Optional<Path> find(Path base, String page) {
        String wanted = page.strip();
        if (wanted.isEmpty() || wanted.contains("..")) {
            return Optional.empty();
        }
        Optional<Path> beside = inFolder(base, wanted);
        if (beside.isPresent()) {
            return beside;
        }
        // ![[diagram.png]] in docs/a.md of a collection with img/ beside docs/: no marker file needed.
        Path dir = base.toAbsolutePath().normalize();
        for (int up = 0; dir != null && up <= LEVELS_UP; up++, dir = dir.getParent()) {
            for (String folder : FILE_FOLDERS) {
                Path files = dir.resolve(folder);
                if (Files.isDirectory(files)) {
                    Optional<Path> found = inFolder(files, wanted);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        Path root = collectionRoot(base);
        return root == null ? Optional.empty() : inTree(root, wanted);
    }

    /** Whether {@code fileName} is the page: {@code Page}, {@code Page.md}, spaces and hyphens alike, any case. */
    static boolean names(String fileName, String page) {
        String f = fileName.toLowerCase(Locale.ROOT);
        String p = page.toLowerCase(Locale.ROOT);
        int slash = p.lastIndexOf('/');
        p = slash >= 0 ? p.substring(slash + 1) : p;
        for (String candidate : new String[] {p, p + ".md", p + ".markdown"}) {
            if (f.equals(candidate) || f.equals(candidate.replace(' ', '-'))) {
                return true;
            }
        }
        return false;
    }

    private static Optional<Path> inFolder(Path folder, String page) {
        Path exact = folder.resolve(page);
        if (!page.endsWith(".md") && page.contains(".") && Files.isRegularFile(exact)) {
            return Optional.of(exact.toAbsolutePath().normalize()); // a file named in full: image.png
        }
        Path direct = folder.resolve(page.endsWith(".md") ? page : page + ".md");
        if (Files.isRegularFile(direct)) {
            return Optional.of(direct.toAbsolutePath().normalize());
        }
        try (Stream<Path> files = Files.list(folder)) {
            return files.filter(f -> Files.isRegularFile(f) && names(f.getFileName().toString(), page))
                    .sorted().findFirst().map(p -> p.toAbsolutePath().normalize());
        } catch (IOException | SecurityException e) {
            return Optional.empty();
        }
    }

    private static Path collectionRoot(Path base) {
        Path dir = base.toAbsolutePath().normalize();
        for (int up = 0; dir != null && up <= LEVELS_UP; up++, dir = dir.getParent()) {
            for (String marker : MARKERS) {
                if (Files.exists(dir.resolve(marker))) {
                    return dir;
                }
            }
        }
        return null;
    }

    /** Breadth first, so the page nearest the collection's top wins; hidden folders are skipped. */
    private static Optional<Path> inTree(Path root, String page) {
        Deque<Path> folders = new ArrayDeque<>();
        folders.add(root);
        int seen = 0;
        while (!folders.isEmpty() && seen < MAX_ENTRIES) {
            Path folder = folders.poll();
            try (Stream<Path> entries = Files.list(folder)) {
                for (Path entry : (Iterable<Path>) entries.sorted()::iterator) {
                    if (++seen > MAX_ENTRIES) {
                        break;
                    }
                    String name = entry.getFileName().toString();
                    if (Files.isDirectory(entry)) {
                        if (!name.startsWith(".") && !name.equals("node_modules")) {
                            folders.add(entry);
                        }
                    } else if (names(name, page)) {
                        return Optional.of(entry.toAbsolutePath().normalize());
                    }
                }
            } catch (IOException | SecurityException e) {
                // an unreadable folder holds no page we can show
            }
        }
        return Optional.empty();
    }
}
