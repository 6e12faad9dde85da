package dev.folio.viewer;

import static dev.folio.viewer.Docs.doc;
import static dev.folio.viewer.Docs.h;
import static dev.folio.viewer.Docs.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class OutlineTest {
    /** Four sections of 10 paragraphs each: One, Two (with a sub-section), Three. */
    static Document sections() {
        List<Block> blocks = new ArrayList<>();
        String[][] heads = {{"1", "One", "one"}, {"2", "Two", "two"}, {"3", "Two sub", "two-sub"}, {"2", "Three", "three"}};
        int line = 1;
        for (String[] hd : heads) {
            blocks.add(h(Integer.parseInt(hd[0]), hd[1], hd[2], line));
            line += 2;
            for (int i = 0; i < 10; i++) {
                blocks.add(p(line, hd[1] + " text " + i));
                line += 2;
            }
        }
        return doc("Sections", blocks.toArray(new Block[0]));
    }

    private static TestViewer viewer() {
        return TestViewer.open("o.md", sections(), 40, 12);
    }

    private static int line(TestViewer v, String anchor) {
        return v.state.page().anchors().get(anchor);
    }

    @Test
    void theOutlineMarksTheCurrentHeadingAndEnterJumps() {
        TestViewer v = viewer();
        v.type("]]");
        assertEquals(line(v, "two-sub"), v.top());
        v.type("o");
        assertEquals(Mode.OUTLINE, v.state.mode());
        assertEquals(2, v.state.selection(), "the current heading is selected");
        String screen = v.screen();
        assertTrue(screen.contains(Panel.CURRENT + "Two sub"), screen);
        assertFalse(screen.contains(Panel.CURRENT + "One"), screen);
        assertTrue(screen.contains("Outline"));
        v.type("j");
        v.key(Key.Kind.ENTER);
        assertEquals(Mode.READING, v.state.mode());
        assertEquals(line(v, "three"), Math.min(line(v, "three"), v.top()));
        assertTrue(v.state.isVisible(line(v, "three")));
        v.key(Key.Kind.BACKSPACE);
        assertEquals(line(v, "two-sub"), v.top(), "a jump from the outline can be undone");
    }

    @Test
    void selectionStaysWithinTheList() {
        TestViewer v = viewer();
        v.type("o").type("kkk");
        assertEquals(0, v.state.selection());
        v.type("jjjjjjjj");
        assertEquals(3, v.state.selection());
        v.key(Key.Kind.UP);
        assertEquals(2, v.state.selection());
        v.key(Key.Kind.ESCAPE);
        assertEquals(Mode.READING, v.state.mode());
        assertEquals(0, v.top(), "closing does not move");
    }

    @Test
    void qClosesTheOutlineInsteadOfQuitting() {
        TestViewer v = viewer();
        v.type("o").type("q");
        assertEquals(Mode.READING, v.state.mode());
        assertTrue(v.effects.isEmpty());
    }

    @Test
    void bracketsMoveBetweenHeadings() {
        TestViewer v = viewer();
        v.type("]");
        assertEquals(line(v, "two"), v.top());
        v.type("]");
        assertEquals(line(v, "two-sub"), v.top());
        v.type("[");
        assertEquals(line(v, "two"), v.top());
        v.type("jj[");
        assertEquals(line(v, "two"), v.top(), "from inside a section, [ goes to its heading");
        v.type("[[");
        assertEquals(0, v.top());
        assertTrue(v.status().contains("no heading"));
    }

    @Test
    void theStatusLineNamesTheCurrentSection() {
        TestViewer v = viewer();
        v.type("]]");
        assertTrue(v.statusRow().contains("Two sub"), v.statusRow());
    }

    @Test
    void noHeadingsNoOutline() {
        TestViewer v = TestViewer.open("plain.md", Docs.paragraphs(3), 40, 10);
        v.type("o");
        assertEquals(Mode.READING, v.state.mode());
        assertTrue(v.status().contains("no headings"));
    }
}
