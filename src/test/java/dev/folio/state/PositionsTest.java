package dev.folio.state;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PositionsTest {
    @TempDir
    Path dir;
    private final List<String> notices = new ArrayList<>();

    private Positions positions() {
        return new Positions(dir, notices::add);
    }

    @Test
    void savedPositionComesBackInAnotherInstance() {
        Path doc = Path.of("/books/a.md");
        positions().save(new Position(doc, 120, "云原生架构将多区域部署视为默认设置", Instant.parse("2026-01-02T03:04:05Z")));
        Optional<Position> back = positions().of(doc);
        assertEquals(120, back.orElseThrow().sourceLine());
        assertEquals("云原生架构将多区域部署视为默认设置", back.get().anchor());
        assertEquals(Optional.empty(), positions().of(Path.of("/books/b.md")));
        assertTrue(notices.isEmpty());
    }

    @Test
    void savingAgainReplacesTheDocumentsPosition() {
        Path doc = Path.of("/a.md");
        positions().save(new Position(doc, 1, "x", Instant.now()));
        positions().save(new Position(doc, 9, "y", Instant.now()));
        assertEquals(9, positions().of(doc).orElseThrow().sourceLine());
        positions().forget(doc);
        assertEquals(Optional.empty(), positions().of(doc));
    }

    @Test
    void theAnchorFindsTheTextAfterEditsAbove() {
        Position p = new Position(Path.of("/a.md"), 3, "third paragraph", Instant.now());
        assertEquals(3, p.lineIn("one\ntwo\nthe third paragraph\n"));
        assertEquals(5, p.lineIn("new\nlines\none\ntwo\nthe third paragraph\n"), "two lines added above");
        assertEquals(1, p.lineIn("the third paragraph\n"), "lines removed above");
        assertEquals(2, p.lineIn("a\nb\n"), "anchor gone: the saved line, within the text");
    }

    @Test
    void theNearestAnchorWinsWhenItRepeats() {
        Position p = new Position(Path.of("/a.md"), 6, "same", Instant.now());
        assertEquals(7, p.lineIn("same\n2\n3\n4\n5\n6\nsame\n"));
    }

    @Test
    void oldAndExcessEntriesExpire() {
        Instant now = Instant.parse("2026-06-01T00:00:00Z");
        List<String[]> records = new ArrayList<>();
        records.add(new String[] {now.minus(Duration.ofDays(400)).toString(), "/old.md", "1", ""});
        for (int i = 0; i < Positions.MAX_ENTRIES + 5; i++) {
            records.add(new String[] {now.minusSeconds(i).toString(), "/d" + i + ".md", "1", ""});
        }
        List<String[]> kept = Positions.bounded(records, now);
        assertEquals(Positions.MAX_ENTRIES, kept.size());
        assertEquals("/d0.md", kept.get(0)[1]);
        assertTrue(kept.stream().noneMatch(r -> r[1].equals("/old.md")));
    }

    @Test
    void theFileIsTextAPersonCanRead() throws IOException {
        positions().save(new Position(Path.of("/a b/c.md"), 7, "tab\there", Instant.parse("2026-01-02T03:04:05Z")));
        String text = Files.readString(dir.resolve("positions.tsv"));
        assertTrue(text.startsWith("# folio reading positions"), text);
        assertTrue(text.contains("2026-01-02T03:04:05Z\t/a b/c.md\t7\ttab\\there\t0\t0\n"), text);
    }

    @Test
    void theLineWithinItsBlockIsKeptAndFilesWithoutItStillRead() throws IOException {
        Path doc = Path.of("/books/a.md");
        positions().save(new Position(doc, 12, "a long paragraph", Instant.parse("2026-01-02T03:04:05Z"), 1, 240));
        Position back = positions().of(doc).orElseThrow();
        assertEquals(List.of(12, 1, 240), List.of(back.sourceLine(), back.run(), back.offset()));
        Files.writeString(dir.resolve("positions.tsv"), "# an older folio\n2026-01-02T03:04:05Z\t/books/b.md\t7\tx\n");
        Position old = positions().of(Path.of("/books/b.md")).orElseThrow();
        assertEquals(List.of(7, 0, 0), List.of(old.sourceLine(), old.run(), old.offset()));
        assertTrue(notices.isEmpty(), "a four-field file is not corrupt: " + notices);
    }
}
