package dev.folio.state;

import java.nio.file.Path;
import java.time.Instant;

/** A second process for {@link StateAcrossProcessesIT}: adds N bookmarks and saves N positions. */
public final class BookmarkWriter {
    private BookmarkWriter() {}

    public static void main(String[] args) {
        Path dir = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        String id = args[2];
        Bookmarks bookmarks = new Bookmarks(dir, System.err::println);
        Positions positions = new Positions(dir, System.err::println);
        for (int i = 0; i < count; i++) {
            bookmarks.add(new Bookmark(Path.of("/" + id + ".md"), i + 1, "", "line " + i, Instant.now()));
            positions.save(new Position(Path.of("/" + id + "-" + i + ".md"), i + 1, "", Instant.now()));
        }
    }
}
