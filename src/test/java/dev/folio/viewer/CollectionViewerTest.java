package dev.folio.viewer;

import dev.folio.doc.Source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.library.Entry;
import dev.folio.library.EntryKind;
import dev.folio.library.Originals;
import dev.folio.library.ReadingOrder;
import dev.folio.state.Bookmark;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The library view, reading in order, remembered places and bookmarks, as the pure viewer does them. */
class CollectionViewerTest {
    private static final Path DIR = TestViewer.DIR;

    private static Entry doc(String name, String title) {
        return new Entry(DIR.resolve(name), name, EntryKind.DOCUMENT, 2048, Instant.EPOCH, title);
    }

    private static final List<Entry> ENTRIES = List.of(doc("a.md", "容器编排"), doc("b.md", "服务网格"), doc("c.md", "可观测性"));

    private static TestViewer library() {
        TestViewer v = TestViewer.open("x.md", Docs.paragraphs(40), 80, 12);
        v.send(new Msg.FolderListed(DIR, ENTRIES, List.of(), null, false));
        return v;
    }

    @Test
    void aListedFolderShowsItsTitlesAndTypingFilters() {
        TestViewer v = library();
        assertEquals(Mode.LIBRARY, v.state.mode());
        assertTrue(v.screen().contains("服务网格"), v.screen());
        v.type("网格");
        assertEquals(List.of("b.md"), v.state.shelf().library().shown().stream().map(Entry::name).toList());
        assertTrue(v.statusRow().startsWith("filter: 网格"), v.statusRow());
        assertEquals(new Effect.Load(DIR.resolve("b.md"), "", Effect.Load.Reason.FOLLOW), v.key(Key.Kind.ENTER).effect());
    }

    @Test
    void backspaceFromTheDocumentReturnsToTheSameEntry() {
        TestViewer v = library().key(Key.Kind.DOWN).key(Key.Kind.DOWN);
        v.key(Key.Kind.ENTER);
        v.send(new Msg.Loaded(Source.file(DIR.resolve("c.md")), Docs.paragraphs(30), "", Effect.Load.Reason.FOLLOW));
        assertEquals(Mode.READING, v.state.mode());
        assertEquals(List.of(new Effect.FindCollection(DIR.resolve("c.md"), true)), v.effects);
        v.key(Key.of(Key.Kind.PAGE_DOWN)).key(Key.Kind.BACKSPACE);
        assertEquals(Mode.LIBRARY, v.state.mode());
        assertEquals("c.md", v.state.shelf().library().selected().orElseThrow().name());
        assertInstanceOf(Effect.SavePosition.class, v.effects.get(0), "leaving the document saves the place");
    }

    @Test
    void aFolderOpenedFromTheCommandLineIsNotCalledAnEmptyDocument() {
        TestViewer v = TestViewer.open("x.md", Docs.paragraphs(3), 80, 12);
        v.send(new Msg.Loaded(new Source(DIR, "dir", DIR), new dev.folio.doc.Document(List.of(), ""), "", Effect.Load.Reason.FOLLOW));
        v.send(new Msg.FolderListed(DIR, ENTRIES, List.of(), null, false));
        assertTrue(v.screen().contains("服务网格"), v.screen());
        assertFalse(v.screen().contains(View.EMPTY), v.screen());
    }

    @Test
    void escClearsTheFilterThenLeaves() {
        TestViewer v = library().type("zz");
        v.key(Key.Kind.ESCAPE);
        assertEquals("", v.state.shelf().library().filter());
        assertEquals(Mode.LIBRARY, v.state.mode());
        v.key(Key.Kind.ESCAPE);
        assertEquals(Effect.Load.Reason.BACK, ((Effect.Load) v.effect()).reason(), "back to the document it was opened from");
    }

    @Test
    void tabCyclesTheSortAndSaysSo() {
        TestViewer v = library().key(Key.Kind.TAB);
        assertEquals("sorted by title", v.status());
        assertTrue(v.screen().contains("by title"), v.screen());
    }

    @Test
    void titlesArriveInTheBackground() {
        TestViewer v = TestViewer.open("x.md", Docs.paragraphs(3), 80, 12);
        v.send(new Msg.FolderListed(DIR, List.of(doc("a.md", null)), List.of(), null, false));
        assertTrue(v.statusRow().contains("reading titles"), v.statusRow());
        v.send(new Msg.TitlesRead(DIR, List.of(doc("a.md", "甲乙")), 0));
        assertTrue(v.screen().contains("甲乙"), v.screen());
        assertTrue(!v.statusRow().contains("reading titles"), v.statusRow());
    }

    private static TestViewer inCollection() {
        TestViewer v = TestViewer.open("b.md", Docs.paragraphs(40), 80, 12);
        ReadingOrder order = new ReadingOrder(List.of(DIR.resolve("a.md"), DIR.resolve("b.md"), DIR.resolve("c.md")), 1,
                Optional.of(DIR.resolve("SUMMARY.md")));
        Originals originals = Originals.of(Map.of("https://example.com/c/", DIR.resolve("c.md")));
        return v.send(new Msg.CollectionFound(DIR.resolve("b.md"), order, originals, "https://example.com/b/"));
    }

    @Test
    void nextPreviousAndIndexFollowTheOrderAndTheStatusLineCounts() {
        TestViewer v = inCollection();
        assertTrue(v.statusRow().contains("article 2/3"), v.statusRow());
        assertEquals(new Effect.Load(DIR.resolve("c.md"), "", Effect.Load.Reason.FOLLOW), v.type("}").effect());
        assertEquals(new Effect.Load(DIR.resolve("a.md"), "", Effect.Load.Reason.FOLLOW), v.type("{").effect());
        assertEquals(new Effect.Load(DIR.resolve("SUMMARY.md"), "", Effect.Load.Reason.FOLLOW), v.type("H").effect());
    }

    @Test
    void beforeTheOrderIsKnownTheKeyAsksForIt() {
        TestViewer v = TestViewer.open("b.md", Docs.paragraphs(4), 80, 12);
        assertEquals(new Effect.FindCollection(DIR.resolve("b.md"), false), v.type("}").effect());
    }

    @Test
    void aLinkToAWebOriginalOpensTheLocalCopyAndTheExternalKeyTheWebPage() {
        TestViewer v = TestViewer.open("b.md", Docs.doc("B", Docs.p(1, Docs.link("原文", "https://www.example.com/c"))), 80, 12);
        ReadingOrder order = new ReadingOrder(List.of(DIR.resolve("b.md"), DIR.resolve("c.md")), 0, Optional.empty());
        v.send(new Msg.CollectionFound(DIR.resolve("b.md"), order,
                Originals.of(Map.of("https://example.com/c/", DIR.resolve("c.md"))), null));
        v.key(Key.Kind.TAB);
        assertEquals(new Effect.Load(DIR.resolve("c.md"), "", Effect.Load.Reason.LOCAL_ORIGINAL), v.key(Key.Kind.ENTER).effect());
        v.send(new Msg.Loaded(Source.file(DIR.resolve("c.md")), Docs.paragraphs(3), "", Effect.Load.Reason.LOCAL_ORIGINAL));
        assertTrue(v.status().startsWith("the local copy of the linked web page"), v.status());
        v.key(Key.Kind.BACKSPACE);
        v.send(new Msg.Loaded(Source.file(DIR.resolve("b.md")), Docs.doc("B", Docs.p(1, Docs.link("原文", "https://www.example.com/c"))),
                "", Effect.Load.Reason.BACK));
        v.key(Key.Kind.TAB);
        assertInstanceOf(Effect.OpenExternal.class, v.type("x").effect());
    }

    @Test
    void siteRelativeLinksBecomeWebLinksOfTheSourceOrSayWhyNot() {
        TestViewer v = TestViewer.open("b.md", Docs.doc("B", Docs.p(1, Docs.link("分类", "/category/k8s/"))), 80, 12,
                path -> dev.folio.open.FileProbe.FileFacts.MISSING, ViewerOptions.defaults());
        v.key(Key.Kind.TAB).key(Key.Kind.ENTER);
        assertTrue(v.status().contains("site-relative"), v.status());
        v.send(new Msg.CollectionFound(DIR.resolve("b.md"), new ReadingOrder(List.of(), -1, Optional.empty()),
                Originals.empty(), "https://thenewstack.io/some-article/"));
        v.key(Key.Kind.ENTER);
        Effect e = v.effects.isEmpty() ? null : v.effects.get(0);
        String target = e instanceof Effect.OpenExternal open ? open.target()
                : v.state.pending() != null ? v.state.pending().external().target() : String.valueOf(e);
        assertEquals("https://thenewstack.io/category/k8s/", target);
    }

    @Test
    void quittingSavesTheSourceLineAtTheTop() {
        TestViewer v = TestViewer.open("r.md", Docs.paragraphs(40), 80, 12);
        v.key(Key.of(Key.Kind.PAGE_DOWN));
        int line = v.state.page().lines().get(v.top()).sourceLine();
        if (line == 0) {
            line = v.state.page().lines().get(v.top() + 1).sourceLine(); // a blank line belongs to the paragraph below
        }
        v.type("q");
        assertEquals(2, v.effects.size(), v.effects.toString());
        assertEquals(line, assertInstanceOf(Effect.SavePosition.class, v.effects.get(0)).sourceLine());
        assertEquals(new Effect.Quit(), v.effects.get(1));
    }

    @Test
    void aRememberedPositionIsPutBackUnlessTheReaderMovedFirst() {
        TestViewer v = TestViewer.open("r.md", Docs.paragraphs(40), 80, 12);
        v.send(new Msg.PositionFound(DIR.resolve("r.md"), 41, false));
        assertEquals(41, v.state.page().lines().get(v.top()).sourceLine());
        assertTrue(v.status().startsWith("back where you stopped reading"), v.status());
        v.type("g");
        assertEquals(0, v.top(), "g still goes to the top");

        TestViewer moved = TestViewer.open("r.md", Docs.paragraphs(40), 80, 12).type("j");
        int top = moved.top();
        moved.send(new Msg.PositionFound(DIR.resolve("r.md"), 41, false));
        assertEquals(top, moved.top());
    }

    @Test
    void bookmarksAreAddedListedOpenedAndDeleted() {
        TestViewer v = TestViewer.open("r.md", Docs.paragraphs(40), 80, 12);
        v.key(Key.of(Key.Kind.PAGE_DOWN));
        Effect.AddBookmark add = (Effect.AddBookmark) v.type("M").effect();
        assertEquals(DIR.resolve("r.md"), add.document());
        assertTrue(add.text().startsWith("para "), add.text());
        assertInstanceOf(Effect.ListBookmarks.class, v.type("B").effect());
        Bookmark one = new Bookmark(DIR.resolve("other.md"), 7, "第一节", "某一行", Instant.EPOCH);
        Bookmark two = new Bookmark(DIR.resolve("r.md"), add.sourceLine(), "", add.text(), Instant.EPOCH);
        v.send(new Msg.BookmarksListed(List.of(one, two)));
        assertEquals(Mode.BOOKMARKS, v.state.mode());
        assertTrue(v.screen().contains("other.md:7  第一节  — 某一行"), v.screen());
        assertEquals(new Effect.RemoveBookmark(one), v.type("d").effect());
        assertEquals(1, v.state.shelf().bookmarks().size());
        v.key(Key.Kind.ENTER);
        assertEquals(Mode.READING, v.state.mode());
        assertEquals(add.sourceLine(), v.state.page().lines().get(v.top()).sourceLine(), "a bookmark in this document: a jump");
        v.type("B").send(new Msg.BookmarksListed(List.of(one)));
        assertEquals(new Effect.Load(DIR.resolve("other.md"), "", Effect.Load.Reason.FOLLOW), v.key(Key.Kind.ENTER).effect());
        v.send(new Msg.Loaded(Source.file(DIR.resolve("other.md")), Docs.paragraphs(20), "", Effect.Load.Reason.FOLLOW));
        assertEquals(7, v.state.page().lines().get(v.top()).sourceLine(), "the bookmark's line at the top");
        assertEquals(List.of(new Effect.FindCollection(DIR.resolve("other.md"), false)), v.effects,
                "no remembered position over a bookmark");
    }

    @Test
    void aCollectionSearchListsResultsAndOpensTheDocumentAtTheMatchWhereNGoesOn() {
        TestViewer v = inCollection();
        v.type("S");
        assertEquals(Mode.COLLECTION_QUERY, v.state.mode());
        v.type("para 3");
        assertTrue(v.statusRow().startsWith("search the collection: para 3"), v.statusRow());
        assertEquals(new Effect.SearchCollection(DIR, "para 3"), v.key(Key.Kind.ENTER).effect(), "the index's folder");
        v.send(new Msg.SearchProgress(10, 60));
        assertTrue(v.statusRow().contains("indexing the collection… 10/60"), v.statusRow());
        dev.folio.library.SearchHit hit = new dev.folio.library.SearchHit(DIR.resolve("c.md"), "可观测性", 31, "para 3",
                List.of(new int[] {0, 6}), 1f);
        v.send(new Msg.SearchResults("para 3", List.of(hit), 1, List.of()));
        assertEquals(Mode.SEARCH_RESULTS, v.state.mode());
        assertTrue(v.screen().contains("可观测性  c.md:31  para 3"), v.screen());
        assertEquals(new Effect.Load(DIR.resolve("c.md"), "", Effect.Load.Reason.FOLLOW), v.key(Key.Kind.ENTER).effect());
        v.send(new Msg.Loaded(Source.file(DIR.resolve("c.md")), Docs.paragraphs(40), "", Effect.Load.Reason.FOLLOW));
        assertEquals(31, v.state.page().lines().get(v.top()).sourceLine());
        assertEquals("para 3", v.state.search().query());
        v.type("n");
        assertTrue(v.status().startsWith("match "), v.status());
    }

    @Test
    void aLinkToAFolderOpensTheFolderAndTheExternalKeyAsksFirst() {
        Path sub = DIR.resolve("guide");
        TestViewer v = TestViewer.open("b.md", Docs.doc("B", Docs.p(1, Docs.link("the guide", "guide/"))), 80, 12,
                path -> path.equals(sub) ? new dev.folio.open.FileProbe.FileFacts(true, true, false)
                        : dev.folio.open.FileProbe.FileFacts.PLAIN_FILE, ViewerOptions.defaults());
        v.key(Key.Kind.TAB);
        Step step = Update.apply(v.state, new Msg.KeyPressed(Key.of(Key.Kind.ENTER)));
        assertTrue(step.effects().contains(new Effect.OpenFolder(sub)), step.effects().toString());
        v.type("x");
        assertEquals(Mode.CONFIRM_OPEN, v.state.mode(), "the external key asks before a file manager starts");
    }

    @Test
    void theLibrarysKeysGoThroughTheKeyMap() {
        KeyMap keys = KeyMap.defaults().with(Map.of(Action.LIBRARY_DOWN, List.of(Key.ctrl('j')),
                Action.LIBRARY_SORT, List.of(Key.ctrl('o'))));
        TestViewer v = TestViewer.open("x.md", Docs.paragraphs(40), 80, 12, keys);
        v.send(new Msg.FolderListed(DIR, ENTRIES, List.of(), null, false));
        v.key(Key.ctrl('j'));
        assertEquals("b.md", v.state.shelf().library().selected().orElseThrow().name(), "the remapped key moves");
        v.key(Key.Kind.DOWN);
        assertEquals("b.md", v.state.shelf().library().selected().orElseThrow().name(), "the old key no longer does");
        v.key(Key.ctrl('o'));
        assertTrue(v.status().startsWith("sorted by"), v.status());
        v.key(Key.Kind.TAB);
        assertEquals(dev.folio.library.SortKey.TITLE, v.state.shelf().library().sort(), "Tab unbound here: the sort stays");
        assertEquals("type to filter · Enter opens · Ctrl-O sorts · Ctrl-F searches · Esc leaves", StatusLine.libraryHint(keys),
                "the hint names the keys as configured");
    }

    @Test
    void fromTheLibraryCtrlFSearchesTheCollectionForTheFilter() {
        TestViewer v = library().type("网格");
        v.key(Key.ctrl('f'));
        assertEquals(Mode.COLLECTION_QUERY, v.state.mode());
        assertEquals("网格", v.state.prompt().text());
        v.type("s");
        assertEquals(new Effect.SearchCollection(DIR, "网格s"), v.key(Key.Kind.ENTER).effect(), "the library's folder is searched");
        v.send(new Msg.SearchResults("网格s", List.of(new dev.folio.library.SearchHit(DIR.resolve("b.md"), "服务网格", 3,
                "服务网格在应用之外", List.of(new int[] {0, 4}), 1.0f)), 1, List.of()));
        assertEquals(Mode.SEARCH_RESULTS, v.state.mode());
        v.key(Key.Kind.ESCAPE);
        assertEquals(Mode.LIBRARY, v.state.mode(), "closing the results goes back to the library view");
    }

    @Test
    void theBackgroundIndexsProgressNeverHidesAMessageAndLeavesWhenDone() {
        TestViewer v = TestViewer.open("x.md", Docs.paragraphs(40), 80, 12);
        v.send(new Msg.SearchProgress(10, 60));
        assertTrue(v.status().startsWith("indexing the collection… 10/60"), v.status());
        v.send(new Msg.SearchProgress(1, 1));
        assertEquals("", v.status(), "done: the status line is the reader's again");
        v.send(new Msg.Notice("something to read", false));
        v.send(new Msg.SearchProgress(20, 60));
        assertFalse(v.status().startsWith("indexing"), "the message stays: " + v.status());
    }
}
