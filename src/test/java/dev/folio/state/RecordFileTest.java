package dev.folio.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class RecordFileTest {
    @TempDir
    Path dir;
    private final List<String> notices = Collections.synchronizedList(new ArrayList<>());

    private Bookmarks bookmarks() {
        return new Bookmarks(dir, notices::add);
    }

    private static Bookmark mark(String file, int line) {
        return new Bookmark(Path.of(file), line, "第一节", "某一行文字", Instant.parse("2026-01-01T00:00:00Z").plusSeconds(line));
    }

    @Test
    @Timeout(60)
    void concurrentWritersLoseNothing() throws Exception {
        int writers = 4;
        int each = 25;
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> threads = new ArrayList<>();
        for (int w = 0; w < writers; w++) {
            int id = w;
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                Bookmarks mine = bookmarks(); // each with its own file handle, like another process
                for (int i = 0; i < each; i++) {
                    mine.add(mark("/w" + id + ".md", i + 1));
                }
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertEquals(writers * each, bookmarks().list().size());
        assertEquals(List.of(), notices);
        try (Stream<Path> files = Files.list(dir)) {
            assertTrue(files.noneMatch(f -> f.toString().endsWith(".tmp")), "no temporary file left");
        }
    }

    @Test
    void aCorruptFileIsSetAsideOnceAndItsGoodLinesKept() throws IOException {
        bookmarks().add(mark("/a.md", 1));
        bookmarks().add(mark("/b.md", 2));
        Path file = dir.resolve("bookmarks.tsv");
        Files.writeString(file, Files.readString(file) + "garbage without tabs\n2026-13-45\tx\ty\tz\tw\n");
        List<Bookmark> read = bookmarks().list();
        assertEquals(2, read.size());
        assertEquals(1, notices.size(), notices.toString());
        assertTrue(notices.get(0).contains("set it aside"), notices.get(0));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(1, files.filter(f -> f.getFileName().toString().startsWith("bookmarks.tsv.corrupt-")).count());
        }
        bookmarks().list();
        assertEquals(1, notices.size(), "reported once");
    }

    @Test
    void aFileThatIsNotTextIsSetAsideAndWritingStartsAfresh() throws IOException {
        Files.write(dir.resolve("bookmarks.tsv"), new byte[] {(byte) 0xff, (byte) 0xfe, 0, 1, 2});
        bookmarks().add(mark("/a.md", 3));
        assertEquals(1, bookmarks().list().size());
        assertEquals(1, notices.size());
    }

    @Test
    void anUnwritableFolderIsReportedNotThrown() throws IOException {
        Path blocked = dir.resolve("blocked");
        Files.writeString(blocked, "a file where the folder should be");
        new Bookmarks(blocked, notices::add).add(mark("/a.md", 1));
        assertEquals(1, notices.size());
        assertTrue(notices.get(0).startsWith("cannot save"), notices.get(0));
    }

    @Test
    void removingABookmarkKeepsTheOthers() {
        bookmarks().add(mark("/a.md", 1));
        bookmarks().add(mark("/a.md", 2));
        bookmarks().remove(mark("/a.md", 1));
        List<Bookmark> left = bookmarks().list();
        assertEquals(1, left.size());
        assertEquals(2, left.get(0).sourceLine());
    }

    @Test
    void fieldsWithTabsNewlinesAndBackslashesSurvive() {
        String[] fields = {"a\tb", "c\nd", "e\\f", "", "中文"};
        String[] back = Tsv.split(Tsv.join(fields));
        assertEquals(List.of(fields), List.of(back));
        assertEquals(null, Tsv.split("bad\\x"));
    }

    @Test
    void recentDocumentsNewestFirstAndTheLastFolder() {
        Recents recents = new Recents(dir, notices::add);
        recents.opened(new Recent(Path.of("/lib"), true, Instant.parse("2026-01-01T00:00:00Z")));
        recents.opened(new Recent(Path.of("/lib/a.md"), false, Instant.parse("2026-01-02T00:00:00Z")));
        recents.opened(new Recent(Path.of("/lib/b.md"), false, Instant.parse("2026-01-03T00:00:00Z")));
        recents.opened(new Recent(Path.of("/lib/a.md"), false, Instant.parse("2026-01-04T00:00:00Z")));
        List<Path> paths = recents.list().stream().map(Recent::path).toList();
        assertEquals(List.of(Path.of("/lib/a.md"), Path.of("/lib/b.md"), Path.of("/lib")), paths);
        assertEquals(Path.of("/lib"), recents.lastFolder().orElseThrow().path());
    }

    @Test
    void xdgFoldersWithDefaultsAndRelativeValuesIgnored() {
        Xdg xdg = Xdg.of(name -> switch (name) {
            case "XDG_STATE_HOME" -> "/s";
            case "XDG_DATA_HOME" -> "relative/data";
            default -> null;
        }, Path.of("/home/u"));
        assertEquals(Path.of("/s/folio"), xdg.state());
        assertEquals(Path.of("/home/u/.local/share/folio"), xdg.data());
        assertEquals(Path.of("/home/u/.cache/folio"), xdg.cache());
    }
}
