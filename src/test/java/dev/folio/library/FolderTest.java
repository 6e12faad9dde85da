package dev.folio.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderTest {
    @TempDir
    Path dir;

    private static List<String> names(List<Entry> entries) {
        return entries.stream().map(Entry::name).toList();
    }

    @Test
    void documentsAndFoldersOnlyFoldersFirstNamesInNaturalOrder() throws IOException {
        Files.writeString(dir.resolve("a10.md"), "# Ten");
        Files.writeString(dir.resolve("a2.md"), "# Two");
        Files.writeString(dir.resolve("notes.txt"), "plain");
        Files.writeString(dir.resolve("photo.png"), "x");
        Files.writeString(dir.resolve(".hidden.md"), "x");
        Files.createDirectories(dir.resolve("sub"));
        Files.createDirectories(dir.resolve(".git"));
        Files.createDirectories(dir.resolve("node_modules"));
        List<Entry> entries = Folder.list(dir);
        assertEquals(List.of("sub", "a2.md", "a10.md", "notes.txt"), names(entries));
        assertEquals(EntryKind.FOLDER, entries.get(0).kind());
        assertEquals(null, entries.get(1).title(), "listing reads no file");
    }

    @Test
    void titlesAndDatesSortWhenAsked() throws IOException {
        Files.writeString(dir.resolve("a.md"), "# Zebra");
        Files.writeString(dir.resolve("b.md"), "# apple");
        Files.writeString(dir.resolve("c.md"), "# Mango");
        Files.setLastModifiedTime(dir.resolve("a.md"), FileTime.from(Instant.parse("2020-01-01T00:00:00Z")));
        Files.setLastModifiedTime(dir.resolve("b.md"), FileTime.from(Instant.parse("2024-01-01T00:00:00Z")));
        Files.setLastModifiedTime(dir.resolve("c.md"), FileTime.from(Instant.parse("2022-01-01T00:00:00Z")));
        List<Entry> entries = Folder.list(dir).stream().map(e -> e.withHead(Heads.read(e.path()))).toList();
        assertEquals(List.of("b.md", "c.md", "a.md"), names(Sorting.sorted(entries, SortKey.TITLE)));
        assertEquals(List.of("b.md", "c.md", "a.md"), names(Sorting.sorted(entries, SortKey.DATE)), "newest first");
        assertEquals(SortKey.NAME, SortKey.DATE.next());
    }

    @Test
    void binaryDocumentIsShownAsSuch() throws IOException {
        Files.write(dir.resolve("bad.md"), new byte[] {0, 0, 0, 1});
        Entry e = Folder.list(dir).get(0);
        Entry read = e.withHead(Heads.read(e.path()));
        assertEquals(EntryKind.BINARY, read.kind());
        assertEquals("bad.md", read.shownTitle());
    }

    @Test
    void naturalOrderCountsDigitRunsByValue() {
        assertTrue(Sorting.natural("ch2.md", "ch10.md") < 0);
        assertTrue(Sorting.natural("ch010.md", "ch9.md") > 0);
        assertTrue(Sorting.natural("B.md", "a.md") > 0);
    }
}
