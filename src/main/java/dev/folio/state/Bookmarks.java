package dev.folio.state;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Bookmarks across documents ({@code bookmarks.tsv} in folio's data folder: a person can read
 * and edit it), newest first, at most {@value #MAX_ENTRIES}.
 */
public final class Bookmarks {
    static final int MAX_ENTRIES = 10_000;
    private static final List<String> HEADER = List.of(
            "folio bookmarks, newest first: created, file, source line, section, text (tab-separated;",
            "\\t \\n \\\\ stand for a tab, a newline and a backslash). Lines can be deleted by hand.");

    private final RecordFile file;

    public Bookmarks(Path dataDir, Consumer<String> notices) {
        this.file = new RecordFile(dataDir.resolve("bookmarks.tsv"), 5, r -> parse(r).isPresent(), HEADER, notices);
    }

    public Path file() {
        return file.file();
    }

    public List<Bookmark> list() {
        List<Bookmark> out = new ArrayList<>();
        for (String[] r : file.read()) {
            parse(r).ifPresent(out::add);
        }
        return out;
    }

    public void add(Bookmark bookmark) {
        file.update(records -> {
            records.removeIf(r -> same(r, bookmark));
            records.add(0, format(bookmark));
            return records.size() > MAX_ENTRIES ? new ArrayList<>(records.subList(0, MAX_ENTRIES)) : records;
        });
    }

    public void remove(Bookmark bookmark) {
        file.update(records -> {
            records.removeIf(r -> same(r, bookmark));
            return records;
        });
    }

    private static boolean same(String[] r, Bookmark b) {
        return r[1].equals(b.file().toString()) && r[2].equals(Integer.toString(b.sourceLine()))
                && (r[0].equals(b.created().toString()) || r[4].equals(b.text()));
    }

    private static String[] format(Bookmark b) {
        return new String[] {b.created().toString(), b.file().toString(), Integer.toString(b.sourceLine()), b.section(), b.text()};
    }

    private static Optional<Bookmark> parse(String[] r) {
        try {
            return Optional.of(new Bookmark(Path.of(r[1]), Integer.parseInt(r[2]), r[3], r[4], Instant.parse(r[0])));
        } catch (RuntimeException e) {
            return Optional.empty();
        }
    }
}
