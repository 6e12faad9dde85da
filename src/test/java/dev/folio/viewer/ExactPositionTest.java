package dev.folio.viewer;

import dev.folio.doc.Source;
import static dev.folio.viewer.Docs.doc;
import static dev.folio.viewer.Docs.h;
import static dev.folio.viewer.Docs.link;
import static dev.folio.viewer.Docs.p;
import static dev.folio.viewer.Docs.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import dev.folio.open.LinkResolver;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Back, forward, reload and resize put the reader on the same line, with the real layout's blank lines. */
class ExactPositionTest {
    /** Paragraphs of two lines at width 40, blank lines between, each with a link to the end. */
    static Document document() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(h(1, "Title", "title", 1));
        for (int i = 0; i < 40; i++) {
            blocks.add(p(3 + 2 * i, text("paragraph " + i + " has words enough to wrap onto a second line "),
                    link("end", "#end")));
        }
        blocks.add(h(2, "End", "end", 100));
        blocks.add(p(102, "the end"));
        return doc("Title", blocks.toArray(new Block[0]));
    }

    private static TestViewer viewer(int width, int height) {
        Collaborators env = new Collaborators(new LinkResolver(TestViewer.EVERY_FILE_PLAIN), PageLayout.standard());
        TestViewer v = new TestViewer(ViewerState.initial(env, ViewerOptions.defaults(), width, height));
        return v.send(new Msg.Loaded(Source.file(TestViewer.DIR.resolve("a.md")), document(), "", Effect.Load.Reason.FOLLOW));
    }

    /** Scrolls until the top line is {@code blank} (true: an empty line between paragraphs). */
    private static TestViewer scrollToA(TestViewer v, boolean blank, int from) {
        v.send(new Msg.KeyPressed(Key.ch('g')));
        for (int i = 0; i < from; i++) {
            v.key(Key.ch('j'));
        }
        while (v.state.page().lines().get(v.top()).content().isEmpty() != blank) {
            v.key(Key.ch('j'));
        }
        return v;
    }

    @Test
    void backFromAnAnchorReturnsToTheSameLineWhenTheTopIsABlankLine() {
        TestViewer v = scrollToA(viewer(40, 12), true, 30);
        int before = v.top();
        v.key(Key.of(Key.Kind.TAB)).key(Key.of(Key.Kind.ENTER));
        assertTrue(v.top() > before, "jumped to the end");
        v.key(Key.of(Key.Kind.BACKSPACE));
        assertEquals(before, v.top(), "back to line " + (before + 1));
        v.key(Key.alt(Key.Kind.RIGHT)).key(Key.of(Key.Kind.BACKSPACE));
        assertEquals(before, v.top(), "forward and back again");
    }

    @Test
    void backReturnsToTheSameLineWhenTheTopIsText() {
        TestViewer v = scrollToA(viewer(40, 12), false, 31);
        int before = v.top();
        v.key(Key.of(Key.Kind.TAB)).key(Key.of(Key.Kind.ENTER)).key(Key.of(Key.Kind.BACKSPACE));
        assertEquals(before, v.top());
    }

    @Test
    void reloadKeepsTheSameLine() {
        TestViewer v = scrollToA(viewer(40, 12), true, 30);
        int before = v.top();
        v.send(new Msg.Loaded(v.state.source(), document(), "", Effect.Load.Reason.RELOAD));
        assertEquals(before, v.top());
    }

    @Test
    void resizeAndBackKeepsTheSameLine() {
        TestViewer v = scrollToA(viewer(40, 12), true, 30);
        int before = v.top();
        v.send(new Msg.Resized(60, 12)).send(new Msg.Resized(40, 12));
        assertEquals(before, v.top(), "narrow, wide, narrow again");
    }

    /** One long paragraph (source line 3) that wraps onto many lines at any of the widths used. */
    private static TestViewer longParagraph(int width, int height) {
        Collaborators env = new Collaborators(new LinkResolver(TestViewer.EVERY_FILE_PLAIN), PageLayout.standard());
        TestViewer v = new TestViewer(ViewerState.initial(env, ViewerOptions.defaults(), width, height));
        StringBuilder words = new StringBuilder();
        for (int i = 0; i < 120; i++) {
            words.append("word").append(i).append(' ');
        }
        Document d = doc("Title", h(1, "Title", "title", 1), p(3, words.toString().strip()), p(5, "after"));
        return v.send(new Msg.Loaded(Source.file(TestViewer.DIR.resolve("long.md")), d, "", Effect.Load.Reason.FOLLOW));
    }

    @Test
    void aSavedPositionComesBackAtTheSameLineOfAWrappedParagraphAtAnotherWidth() {
        TestViewer v = longParagraph(40, 10);
        for (int i = 0; i < 8; i++) {
            v.key(Key.ch('j'));
        }
        assertTrue(v.state.page().lines().get(v.top()).content().startsWith("word"), "inside the paragraph");
        assertTrue(v.state.page().lines().get(v.top() - 1).content().startsWith("word"), "not its first line");
        String first = v.state.page().lines().get(v.top()).content().strip().split(" ")[0];
        v.type("q");
        Effect.SavePosition saved = (Effect.SavePosition) v.effects.get(0);
        assertEquals(3, saved.sourceLine(), "the paragraph's line");
        assertTrue(saved.offset() > 0, "and how far into it: " + saved);

        for (int width : new int[] {30, 40, 70}) {
            TestViewer again = longParagraph(width, 10);
            again.send(new Msg.PositionFound(TestViewer.DIR.resolve("long.md"), saved.sourceLine(), saved.run(), saved.offset(), false));
            String top = again.state.page().lines().get(again.top()).content();
            assertTrue((" " + top + " ").contains(" " + first + " "), "width " + width + ": " + first + " on the top line " + top);
        }
    }
}
