package dev.folio.viewer;

import static dev.folio.viewer.Docs.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import dev.folio.doc.Source;
import dev.folio.open.LinkResolver;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Stdin still being written: shown as it arrives, the end followed like {@code less +F}, {@code receiving…} until it ends. */
class StreamsTest {
    private static final Source STDIN = Source.stream("stdin", TestViewer.DIR);

    private static Document lines(int count) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            blocks.add(p(2 * i + 1, "chunk " + i));
        }
        return new Document(blocks, "");
    }

    /** The viewer as a deferred start leaves it: nothing shown yet, {@code receiving…}. */
    private static TestViewer waiting() {
        Collaborators env = new Collaborators(new LinkResolver(TestViewer.EVERY_FILE_PLAIN), new MiniLayout());
        ViewerState initial = ViewerState.initial(env, ViewerOptions.defaults(), 40, 10);
        return TestViewer.of(initial.withStatus(Status.progress(Streams.RECEIVING)));
    }

    /** More has arrived: the viewer lays it out off its thread, as the runtime does, and shows it. */
    private static TestViewer arrive(TestViewer v, Document sofar, boolean ended) {
        v.send(new Msg.Received(STDIN, sofar, ended));
        Effect.Compute layout = assertInstanceOf(Effect.Compute.class, v.effect());
        return v.send(layout.work().get());
    }

    @Test
    void whatHasArrivedIsShownAndTheEndIsFollowedUntilTheReaderMovesUp() {
        TestViewer v = waiting().send(new Msg.Received(STDIN, lines(2), false));
        assertTrue(v.screen().contains("chunk 1"), v.screen());
        assertFalse(v.screen().contains("This document is empty"), "a stream just begun is not empty");
        assertTrue(v.statusRow().contains("receiving…"), v.statusRow());
        arrive(v, lines(30), false);
        assertEquals(v.state.maxTop(), v.top(), "the reader at the end follows it");
        assertTrue(v.screen().contains("chunk 29"), v.screen());
        v.key(Key.ch('j'));
        arrive(v, lines(40), false);
        assertTrue(v.screen().contains("chunk 39"), "j at the end keeps following:\n" + v.screen());
        v.key(Key.ch('k'));
        int top = v.top();
        arrive(v, lines(60), false);
        assertEquals(top, v.top(), "scrolled up: the text stays where the reader put it");
        assertTrue(v.statusRow().contains("receiving…"), "a key does not end receiving: " + v.statusRow());
        v.key(Key.ch('G'));
        arrive(v, lines(70), false);
        assertEquals(v.state.maxTop(), v.top(), "G follows the end again");
        arrive(v, lines(75), true);
        assertEquals(v.state.maxTop(), v.top());
        assertFalse(v.statusRow().contains("receiving"), "ended: " + v.statusRow());
        assertEquals(75, v.state.document().blocks().size());
    }

    @Test
    void aLinkFollowedWhileTheStreamGoesOnIsNotReplacedByIt() {
        TestViewer v = waiting().send(new Msg.Received(STDIN, lines(3), false));
        Source other = Source.file(TestViewer.DIR.resolve("other.md"));
        v.send(new Msg.Loaded(other, lines(1), "", Effect.Load.Reason.FOLLOW));
        v.send(new Msg.Received(STDIN, lines(10), false));
        assertEquals(other, v.state.source());
        assertEquals(1, v.state.document().blocks().size());
    }

    @Test
    void aLayoutOvertakenByMoreTextIsStillShown() {
        TestViewer v = waiting().send(new Msg.Received(STDIN, lines(2), false));
        v.send(new Msg.Received(STDIN, lines(20), false));
        Effect.Compute older = assertInstanceOf(Effect.Compute.class, v.effect());
        v.send(new Msg.Received(STDIN, lines(40), false));
        v.send(older.work().get()); // a fast writer: the newer text is already there when this layout is done
        assertTrue(v.screen().contains("chunk 19"), "a stream shows each layout as it comes:\n" + v.screen());
    }
}
