package dev.folio.viewer;

import dev.folio.doc.Source;
import static dev.folio.viewer.Docs.doc;
import static dev.folio.viewer.Docs.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A long document shown from its first part, grown in the background, laid out off the UI thread. */
class LongDocumentTest {
    private static final Source SOURCE = Source.file(TestViewer.DIR.resolve("long.md"));

    /** Paragraphs "para N" (N from {@code from}), at source lines 2N + 1. */
    private static List<Block> paragraphs(int from, int count) {
        List<Block> blocks = new ArrayList<>();
        for (int i = from; i < from + count; i++) {
            blocks.add(p(2 * i + 1, "para " + i + " with some words to wrap at narrow widths"));
        }
        return blocks;
    }

    private static Document firstParts(int count) {
        return new Document(paragraphs(0, count), "Long");
    }

    /** Runs the computation the viewer asked for, as the runtime's compute thread would, and delivers its message. */
    private static TestViewer runComputation(TestViewer v) {
        Effect.Compute compute = assertInstanceOf(Effect.Compute.class, v.effect());
        assertEquals(LongDocuments.LAYOUT, compute.slot());
        return v.send(compute.work().get());
    }

    @Test
    void moreOfTheDocumentIsLaidOutInTheBackgroundAndTheReaderStaysPut() {
        TestViewer v = TestViewer.open("long.md", firstParts(40), 60, 10).type("jjjjj");
        assertEquals(5, v.top());
        Document longer = firstParts(400);
        v.send(new Msg.Parsed(SOURCE, longer, 10));
        assertSame(longer, v.state.document());
        assertEquals(Status.Kind.PROGRESS, v.state.status().kind());
        assertTrue(v.state.status().text().contains("10%"), v.state.status().text());
        int before = v.state.page().size();
        runComputation(v);
        assertTrue(v.state.page().size() > before, "the longer page is shown");
        assertEquals(5, v.top(), "the same line stays at the top");
        v.type("j");
        assertEquals(Status.Kind.PROGRESS, v.state.status().kind(), "progress outlasts keys");
        v.send(new Msg.Parsed(SOURCE, firstParts(800), 100));
        runComputation(v);
        assertTrue(v.state.status().isEmpty(), "done: " + v.state.status());
        assertEquals(800, v.state.document().blocks().size());
    }

    @Test
    void gDuringABackgroundLoadFollowsTheEndUntilTheWholeIsRead() {
        TestViewer v = TestViewer.open("long.md", firstParts(40), 60, 10);
        v.send(new Msg.Parsed(SOURCE, firstParts(200), 30));
        runComputation(v);
        v.type("G");
        assertEquals(v.state.maxTop(), v.top());
        v.send(new Msg.Parsed(SOURCE, firstParts(600), 67));
        runComputation(v);
        assertEquals(v.state.maxTop(), v.top(), "still at the end of the longer page");
        v.send(new Msg.Parsed(SOURCE, firstParts(1000), 100));
        runComputation(v);
        assertEquals(v.state.maxTop(), v.top(), "at the end when loading finishes");
        assertTrue(v.state.page().lines().get(v.state.page().size() - 1).text().contains("para 999")
                || v.screen().contains("para 999"), v.screen());
    }

    @Test
    void movingUpStopsFollowingTheEnd() {
        TestViewer v = TestViewer.open("long.md", firstParts(40), 60, 10);
        v.type("G").type("k");
        int top = v.top();
        v.send(new Msg.Parsed(SOURCE, firstParts(400), 50));
        runComputation(v);
        assertEquals(top, v.top(), "the reader scrolled up: the screen stays where it is");
        v.type("G");
        v.send(new Msg.Parsed(SOURCE, firstParts(800), 100));
        runComputation(v);
        assertEquals(v.state.maxTop(), v.top(), "G follows again");
    }

    @Test
    void aLayoutOfAnOlderDocumentOrAnotherWidthIsNotShown() {
        TestViewer v = TestViewer.open("long.md", firstParts(40), 60, 10);
        v.send(new Msg.Parsed(SOURCE, firstParts(100), 20));
        Effect.Compute older = assertInstanceOf(Effect.Compute.class, v.effect());
        v.send(new Msg.Parsed(SOURCE, firstParts(200), 40));
        Effect.Compute current = assertInstanceOf(Effect.Compute.class, v.effect());
        int shown = v.state.page().size();
        v.send(older.work().get());
        assertEquals(shown, v.state.page().size(), "a page for the document before is dropped");
        v.send(new Msg.Resized(40, 10));
        v.send(current.work().get());
        assertEquals(40, v.state.page().width(), "a page at the width before the resize is dropped");
    }

    @Test
    void partsOfAnotherDocumentAreIgnored() {
        TestViewer v = TestViewer.open("long.md", firstParts(40), 60, 10);
        Step step = Update.apply(v.state, new Msg.Parsed(Source.file(TestViewer.DIR.resolve("other.md")), firstParts(90), 50));
        assertSame(v.state, step.state());
        assertTrue(step.effects().isEmpty());
    }

    @Test
    void afterAResizeALongDocumentShowsTheBlocksOnScreenAtOnceAndTheWholePageLater() {
        TestViewer v = TestViewer.open("long.md", firstParts(LongDocuments.LARGE_PAGE), 60, 10);
        v.state = v.state.withTop(9_000);
        assertTrue(v.state.page().lines().get(v.top()).text().startsWith("para 4500 "));
        v.send(new Msg.Resized(30, 10));
        assertEquals(30, v.state.page().width(), "the blocks on screen, laid out at the new width");
        assertTrue(v.state.page().size() >= 9 && v.state.page().size() < 100, "only a screenful: " + v.state.page().size());
        assertTrue(v.state.page().lines().get(v.top()).text().startsWith("para 4500 "), v.state.page().lines().get(v.top()).text());
        assertTrue(v.state.status().text().contains("laying out"), v.state.status().text());
        runComputation(v);
        assertEquals(LongDocuments.LARGE_PAGE * 3 - 1, v.state.page().size(), "the whole page");
        String shown = v.state.page().lines().get(v.top()).text();
        assertTrue(shown.startsWith("para 4500 "), shown);
        assertTrue(v.state.status().isEmpty());
    }

    @Test
    void aShortPageIsStillLaidOutAtOnceOnResize() {
        TestViewer v = TestViewer.open("short.md", doc("Short", paragraphs(0, 30).toArray(new Block[0])), 60, 10);
        v.send(new Msg.Resized(30, 10));
        assertEquals(30, v.state.page().width());
        assertTrue(v.effects.isEmpty());
    }
}
