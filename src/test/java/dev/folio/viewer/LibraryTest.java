package dev.folio.viewer;

import dev.folio.theme.Highlight;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.library.Entry;
import dev.folio.library.EntryKind;
import dev.folio.library.SortKey;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The library view's model: filter, sort, selection kept across changes, titles filling in. */
class LibraryTest {
    private static final Path DIR = Path.of("/c/docs");

    private static Entry doc(String name, String title, long day) {
        return new Entry(DIR.resolve(name), name, EntryKind.DOCUMENT, 100, Instant.ofEpochSecond(day * 86_400), title);
    }

    private static final List<Entry> ENTRIES = List.of(
            doc("c.md", "服务网格", 1), doc("a.md", "容器编排", 3), doc("b.md", "可观测性", 2));

    private static List<String> names(Library l) {
        return l.shown().stream().map(Entry::name).toList();
    }

    @Test
    void byNameFirstAndTheRequestedEntrySelected() {
        Library l = Library.of(DIR, ENTRIES, List.of(), DIR.resolve("b.md"));
        assertEquals(List.of("a.md", "b.md", "c.md"), names(l));
        assertEquals("b.md", l.selected().orElseThrow().name());
    }

    @Test
    void typingFiltersAndErasingKeepsTheSelection() {
        Library l = Library.of(DIR, ENTRIES, List.of(), null).typed("网").typed("格");
        assertEquals(List.of("c.md"), names(l));
        Library erased = l.erased().erased();
        assertEquals(List.of("a.md", "b.md", "c.md"), names(erased));
        assertEquals("c.md", erased.selected().orElseThrow().name(), "the entry that was selected stays selected");
    }

    @Test
    void sortCyclesNameTitleDateAndKeepsTheSelectedEntry() {
        Library l = Library.of(DIR, ENTRIES, List.of(), DIR.resolve("c.md"));
        Library byTitle = l.nextSort();
        assertEquals(SortKey.TITLE, byTitle.sort());
        assertEquals("c.md", byTitle.selected().orElseThrow().name());
        Library byDate = byTitle.nextSort();
        assertEquals(List.of("a.md", "b.md", "c.md"), names(byDate), "newest first");
        assertEquals(SortKey.NAME, byDate.nextSort().sort());
    }

    @Test
    void movingStopsAtTheEnds() {
        Library l = Library.of(DIR, ENTRIES, List.of(), null);
        assertEquals(2, l.moved(10).selection());
        assertEquals(0, l.moved(10).moved(-99).selection());
    }

    @Test
    void recentDocumentsComeFirstUntilSomethingIsTyped() {
        Library l = Library.of(DIR, ENTRIES, List.of(doc("c.md", "服务网格", 1)), null);
        assertEquals(List.of("c.md", "a.md", "b.md", "c.md"), names(l));
        assertTrue(l.isRecentRow(0));
        assertEquals(List.of("a.md"), names(l.typed("容器")));
    }

    @Test
    void titlesArrivingKeepTheSelectionAndCountDown() {
        List<Entry> untitled = List.of(doc("a.md", null, 1), doc("b.md", null, 1));
        Library l = Library.of(DIR, untitled, List.of(), DIR.resolve("b.md"));
        assertEquals(2, l.titlesPending());
        Library titled = l.withTitles(List.of(doc("a.md", "甲", 1)));
        assertEquals(1, titled.titlesPending());
        assertEquals("甲", titled.shown().get(0).shownTitle());
        assertEquals("b.md", titled.selected().orElseThrow().name());
    }

    @Test
    void rowsFitTheWidthAndShowTheSelection() {
        Library l = Library.of(DIR, ENTRIES, List.of(), DIR.resolve("b.md"));
        for (int width : new int[] {20, 40, 80, 120}) {
            List<List<Segment>> rows = LibraryRows.render(l, width, 6);
            assertEquals(6, rows.size());
            for (List<Segment> row : rows) {
                assertEquals(width, Cells.width(row), "width " + width);
            }
            String second = rows.get(2).stream().map(Segment::text).reduce("", String::concat);
            assertTrue(second.contains("可观测性"), second);
            assertEquals(Highlight.OVERLAY_SELECTED, rows.get(2).get(0).highlight());
        }
    }

    @Test
    void anEmptyFolderAndANonMatchingFilterSaySo() {
        Library empty = Library.of(DIR, List.of(), List.of(), null);
        String text = LibraryRows.render(empty, 60, 4).get(1).stream().map(Segment::text).reduce("", String::concat);
        assertTrue(text.contains("no Markdown or text documents here"), text);
        Library none = Library.of(DIR, ENTRIES, List.of(), null).typed("zzz");
        text = LibraryRows.render(none, 60, 4).get(1).stream().map(Segment::text).reduce("", String::concat);
        assertTrue(text.contains("nothing matches"), text);
    }

    @Test
    void aRecentDocumentOfAnotherFolderShowsItsFolderAndItsNameCutInTheMiddle() {
        Path other = Path.of("/home/reader/笔记/kubernetes-service-mesh-observability-in-practice.md");
        Entry recent = new Entry(other, other.getFileName().toString(), EntryKind.DOCUMENT, 100, Instant.EPOCH, "服务网格实践");
        Library l = Library.of(DIR, ENTRIES, List.of(recent), null);
        for (int width : new int[] {60, 80, 120}) {
            List<List<Segment>> rows = LibraryRows.render(l, width, 6);
            String row = rows.get(1).stream().map(Segment::text).reduce("", String::concat);
            assertEquals(width, Cells.width(rows.get(1)), "width " + width);
            assertTrue(row.contains("笔记/"), row);
            assertTrue(row.contains("笔记/k") && row.contains("e.md  recent"), "both ends of the name show: " + row);
        }
        String own = LibraryRows.render(l, 80, 6).get(2).stream().map(Segment::text).reduce("", String::concat);
        assertTrue(own.contains(" a.md") && !own.contains("docs/"), "entries of this folder keep their plain names: " + own);
    }

    @Test
    void cuttingInTheMiddleCountsDisplayColumns() {
        assertEquals("abc", Cells.ellipsizeMiddle("abc", 5));
        assertEquals("ab…fg", Cells.ellipsizeMiddle("abcdefg", 5));
        String cut = Cells.ellipsizeMiddle("笔记目录/很长的文件名字.md", 12);
        assertTrue(dev.folio.text.Width.of(cut) <= 12, cut);
        assertTrue(cut.startsWith("笔记") && cut.endsWith(".md") && cut.contains("…"), cut);
    }
}
