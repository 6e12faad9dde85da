package dev.folio.viewer;

import static dev.folio.viewer.Docs.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Searching a long page: the keys never wait for the search. Typing starts it in the background
 * ({@link Effect.Scan}); its matches arrive as found ({@link Msg.Found}), highlighted at once, the
 * count growing in the prompt and then the status line; Esc stops it and {@code n} goes on with it.
 */
class BackgroundSearchTest {
    /** Long enough to be searched in the background: "lorem" on every third paragraph. */
    private static Document longDocument() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < SearchKeys.BACKGROUND_LINES; i++) {
            blocks.add(p(2 * i + 1, (i % 3 == 0 ? "lorem " : "ipsum ") + i));
        }
        return new Document(blocks, "Long");
    }

    /** Runs the scan the last key asked for (each key replaces the one before), as the runtime's scan thread would; returns what it posted. */
    private static List<Msg.Found> scan(TestViewer v) {
        Effect.Scan scan = assertInstanceOf(Effect.Scan.class, v.effects.get(v.effects.size() - 1));
        assertEquals(SearchKeys.SLOT, scan.slot());
        List<Msg.Found> posted = new ArrayList<>();
        scan.scanner().run(msg -> posted.add((Msg.Found) msg));
        return posted;
    }

    @Test
    void typingStartsABackgroundSearchWhoseMatchesShowAsTheyAreFound() {
        TestViewer v = TestViewer.open("long.md", longDocument(), 60, 12).type("jjj").type("/");
        v.type("lor");
        assertTrue(v.state.search().matches().isEmpty(), "the key returns before any search is done");
        List<Msg.Found> posted = scan(v);
        assertTrue(posted.size() > 3, "matches are handed over as found, not all at the end: " + posted.size());
        Msg.Found last = posted.get(posted.size() - 1);
        assertTrue(last.done() && last.matches().size() == (SearchKeys.BACKGROUND_LINES + 2) / 3, "" + last.matches().size());

        v.send(posted.get(0));
        assertEquals(1, v.state.search().matches().size());
        assertTrue(v.statusRow().contains("1 found…"), "the prompt counts, and says there is more to come: " + v.statusRow());
        v.send(posted.get(2));
        assertTrue(v.statusRow().contains("/" + posted.get(2).matches().size() + "…"), v.statusRow());
        v.send(last);
        assertTrue(v.statusRow().contains("match 2/" + last.matches().size()), "the first match below the top line (3): " + v.statusRow());
        assertFalse(v.statusRow().contains("…"), v.statusRow());

        v.key(Key.Kind.ENTER);
        assertEquals("match 2/" + last.matches().size(), v.status());
        v.key(Key.ch('n'));
        assertEquals(2, v.state.search().current());
    }

    @Test
    void enterBeforeTheSearchIsDoneShowsProgressAndThenTheCount() {
        TestViewer v = TestViewer.open("long.md", longDocument(), 60, 12).type("/lorem");
        List<Msg.Found> posted = scan(v);
        v.send(posted.get(0)).key(Key.Kind.ENTER);
        assertTrue(v.status().startsWith("match 1/1…"), v.status());
        assertEquals(Status.Kind.PROGRESS, v.state.status().kind());
        v.key(Key.ch('j'));
        assertTrue(v.status().startsWith("match"), "progress outlasts keys: " + v.status());
        for (Msg.Found f : posted.subList(1, posted.size())) {
            v.send(f);
        }
        assertEquals("match 1/" + posted.get(posted.size() - 1).matches().size(), v.status());
    }

    @Test
    void escStopsTheSearchAndNGoesOnWithIt() {
        TestViewer v = TestViewer.open("long.md", longDocument(), 60, 12).type("/lorem");
        List<Msg.Found> posted = scan(v);
        v.send(posted.get(1)).key(Key.Kind.ENTER);
        v.key(Key.Kind.ESCAPE);
        assertTrue(v.effects.contains(new Effect.StopScan(SearchKeys.SLOT)), "Esc stops it: " + v.effects);
        assertFalse(v.state.search().shown());
        v.send(posted.get(2));
        assertEquals(posted.get(1).matches().size(), v.state.search().matches().size(), "a stopped search takes no more");

        v.key(Key.ch('n'));
        assertEquals("lorem", v.state.search().query());
        assertTrue(v.state.search().shown());
        List<Msg.Found> again = scan(v);
        for (Msg.Found f : again) {
            v.send(f);
        }
        assertEquals(again.get(again.size() - 1).matches().size(), v.state.search().matches().size(), "n searched it all");
        assertTrue(v.state.search().complete());
    }

    @Test
    void nAfterEscStoppedASearchBeforeItsFirstMatchGoesOnWithIt() {
        TestViewer v = TestViewer.open("long.md", longDocument(), 60, 12).type("/lorem");
        v.key(Key.Kind.ENTER).key(Key.Kind.ESCAPE).key(Key.ch('n'));
        List<Msg.Found> again = scan(v);
        for (Msg.Found f : again) {
            v.send(f);
        }
        assertEquals("match 1/" + again.get(again.size() - 1).matches().size(), v.status());
    }

    @Test
    void aLongPageLaidOutAgainIsSearchedAgainInTheBackground() {
        TestViewer v = TestViewer.open("long.md", longDocument(), 60, 12).type("/lorem");
        for (Msg.Found f : scan(v)) {
            v.send(f);
        }
        v.key(Key.Kind.ENTER);
        ViewerState s = v.state;
        v.send(new Msg.Laid(s.source(), s.document(), s.env().layout().layout(s.document(), s.columnWidth(), s.source()), 100));
        assertTrue(v.state.search().matches().isEmpty(), "no search of the whole page on the thread that owns the state");
        List<Msg.Found> again = scan(v);
        for (Msg.Found f : again) {
            v.send(f);
        }
        assertEquals(again.get(again.size() - 1).matches().size(), v.state.search().matches().size());
        assertTrue(v.state.search().shown());
    }

    @Test
    void matchesOfAQueryTypedOverAreStale() {
        TestViewer v = TestViewer.open("long.md", longDocument(), 60, 12).type("/ip");
        List<Msg.Found> ip = scan(v);
        v.type("x");
        Effect.Scan newer = assertInstanceOf(Effect.Scan.class, v.effects.get(v.effects.size() - 1));
        v.send(ip.get(ip.size() - 1));
        assertTrue(v.state.search().matches().isEmpty(), "found for \"ip\", not \"ipx\"");
        newer.scanner().run(v::send);
        assertTrue(v.statusRow().contains("not found"), v.statusRow());
    }
}
