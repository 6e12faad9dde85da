package dev.folio.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ScrollTest {
    /** 50 paragraphs with a blank line between: 99 page lines; 10 rows = 9 page rows + status. */
    private TestViewer viewer() {
        return TestViewer.open("many.md", Docs.paragraphs(50), 40, 10);
    }

    @Test
    void lineScrollingStopsAtBothEnds() {
        TestViewer v = viewer();
        v.type("k");
        assertEquals(0, v.top());
        v.type("jjj");
        assertEquals(3, v.top());
        v.key(Key.Kind.UP);
        assertEquals(2, v.top());
        v.type("G");
        assertEquals(99 - 9, v.top(), "the last line is on the last page row");
        v.type("j").key(Key.Kind.DOWN);
        assertEquals(90, v.top());
    }

    @Test
    void pageAndHalfPageMoveByTheRowsShown() {
        TestViewer v = viewer();
        v.type(" ");
        assertEquals(9, v.top());
        v.type("f").key(Key.Kind.PAGE_DOWN);
        assertEquals(27, v.top());
        v.type("b");
        assertEquals(18, v.top());
        v.type("d");
        assertEquals(22, v.top(), "half of 9 rows is 4");
        v.type("uu");
        assertEquals(14, v.top());
        v.key(Key.Kind.PAGE_UP).key(Key.Kind.PAGE_UP);
        assertEquals(0, v.top());
    }

    @Test
    void homeAndEnd() {
        TestViewer v = viewer();
        v.key(Key.Kind.END);
        assertEquals(90, v.top());
        v.key(Key.Kind.HOME);
        assertEquals(0, v.top());
        v.type("Gg");
        assertEquals(0, v.top());
    }

    @Test
    void aShortDocumentDoesNotScroll() {
        TestViewer v = TestViewer.open("short.md", Docs.paragraphs(2), 40, 10);
        v.type("jjG ");
        assertEquals(0, v.top());
    }

    @Test
    void theWheelScrollsThreeLinesPerNotch() {
        TestViewer v = viewer();
        v.send(new Msg.Wheel(2));
        assertEquals(6, v.top());
        v.send(new Msg.Wheel(-1));
        assertEquals(3, v.top());
        v.send(new Msg.Wheel(-5));
        assertEquals(0, v.top());
    }

    @Test
    void quitAndCtrlCQuitEvenFromAPrompt() {
        TestViewer v = viewer();
        v.type("q");
        assertEquals(new Effect.Quit(), v.effect());
        v.type("/ab").key(Key.ctrl('c'));
        assertEquals(new Effect.Quit(), v.effect());
    }

    @Test
    void escapeClosesAPromptBeforeAnythingElse() {
        TestViewer v = viewer();
        v.type("/para").key(Key.Kind.ESCAPE);
        assertEquals(Mode.READING, v.state.mode());
        assertEquals(0, v.effects.size());
    }
}
