package dev.folio.viewer;

import static dev.folio.viewer.Docs.doc;
import static dev.folio.viewer.Docs.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import org.junit.jupiter.api.Test;

class ResizeTest {
    /** Long paragraphs of numbered words, so every line's first word says where it is. */
    static Document longParagraphs() {
        Block[] blocks = new Block[30];
        for (int b = 0; b < blocks.length; b++) {
            StringBuilder sb = new StringBuilder();
            for (int w = 0; w < 60; w++) {
                sb.append("p").append(b).append('w').append(w).append(' ');
            }
            blocks[b] = p(10 * b + 1, sb.toString().strip());
        }
        return doc("Long", blocks);
    }

    private static String firstWord(TestViewer v) {
        return v.state.page().lines().get(v.top()).text().split(" ")[0];
    }

    @Test
    void theTextAtTheTopStaysAtTheTopWhenNarrower() {
        TestViewer v = TestViewer.open("l.md", longParagraphs(), 80, 20);
        v.type("jjjjjjjjjjjjjjjjjjjjjjjjj");
        String word = firstWord(v);
        assertTrue(word.startsWith("p") && !word.endsWith("w0"), "in the middle of a paragraph: " + word);
        v.send(new Msg.Resized(30, 20));
        assertEquals(30, v.state.page().width());
        String after = v.state.page().lines().get(v.top()).text();
        assertTrue(after.contains(word), "'" + word + "' is on the top line: " + after);
    }

    @Test
    void andWhenWider() {
        TestViewer v = TestViewer.open("l.md", longParagraphs(), 30, 20);
        for (int i = 0; i < 57; i++) {
            v.type("j");
        }
        String word = firstWord(v);
        assertEquals("p4w26", word, "in the middle of a paragraph");
        v.send(new Msg.Resized(90, 20));
        String after = v.state.page().lines().get(v.top()).text();
        assertTrue(after.contains(word), "'" + word + "' is on the top line: " + after);
    }

    @Test
    void theColumnIsNeverWiderThanTheMaximum() {
        TestViewer v = TestViewer.open("l.md", longParagraphs(), 200, 20);
        assertEquals(ViewerOptions.DEFAULT_MAX_WIDTH, v.state.page().width());
        v.send(new Msg.Resized(150, 20));
        assertEquals(ViewerOptions.DEFAULT_MAX_WIDTH, v.state.page().width());
    }

    @Test
    void focusAndSearchSurviveAResize() {
        Document d = doc("D", p(1, Docs.text("some words then "), Docs.link("the link", "b.md"), Docs.text(" and a needle")));
        TestViewer v = TestViewer.open("d.md", d, 80, 10);
        v.key(Key.Kind.TAB).type("/needle").key(Key.Kind.ENTER);
        v.send(new Msg.Resized(12, 10));
        assertEquals("the link", v.focusedText());
        assertEquals(1, v.state.search().matches().size());
        assertEquals(0, v.state.search().current());
        int line = v.state.search().matches().get(0).line();
        assertTrue(v.state.page().lines().get(line).text().contains("needle"));
    }

    @Test
    void aTallerScreenPullsTheEndUp() {
        TestViewer v = TestViewer.open("many.md", Docs.paragraphs(10), 40, 10);
        v.type("G");
        assertEquals(19 - 9, v.top());
        v.send(new Msg.Resized(40, 15));
        assertEquals(19 - 14, v.top(), "no empty rows below the end");
    }
}
