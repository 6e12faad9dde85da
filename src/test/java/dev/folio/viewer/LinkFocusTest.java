package dev.folio.viewer;

import dev.folio.theme.Highlight;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LinkFocusTest {
    /** Links on lines 2, 10, 30 (each with filler), 40 lines, 10 rows. */
    private TestViewer viewer() {
        PageBuilder b = new PageBuilder(40);
        for (int i = 0; i < 40; i++) {
            if (i == 2) {
                b.line(dev.folio.layout.Line.Wrap.END, PageBuilder.t("see "), PageBuilder.link("one", "a.md"),
                        PageBuilder.t(" and "), PageBuilder.link("two", "b.md"));
            } else if (i == 10) {
                b.line(dev.folio.layout.Line.Wrap.END, PageBuilder.link("three", "https://example.com/"));
            } else if (i == 30) {
                b.line(dev.folio.layout.Line.Wrap.SPACE, PageBuilder.t("a "), PageBuilder.link("four", "c.md"));
                i++;
                b.line(dev.folio.layout.Line.Wrap.END, PageBuilder.more("wrapped"), PageBuilder.t(" end"));
            } else {
                b.text("filler " + i);
            }
        }
        return TestViewer.page(b.build(), 40, 10);
    }

    @Test
    void tabVisitsLinksInReadingOrderAndWraps() {
        TestViewer v = viewer();
        v.key(Key.Kind.TAB);
        assertEquals("one", v.focusedText());
        v.key(Key.Kind.TAB);
        assertEquals("two", v.focusedText());
        v.key(Key.Kind.TAB);
        assertEquals("three", v.focusedText());
        v.key(Key.Kind.TAB);
        assertEquals("four wrapped", v.focusedText());
        v.key(Key.Kind.TAB);
        assertEquals("one", v.focusedText());
        assertTrue(v.status().contains("wrapped"), v.status());
        assertEquals(2, v.top(), "the first link scrolled back into view");
    }

    @Test
    void focusScrollsTheWholeLinkIntoView() {
        TestViewer v = viewer();
        v.key(Key.Kind.TAB).key(Key.Kind.TAB).key(Key.Kind.TAB);
        assertEquals("three", v.focusedText());
        assertEquals(2, v.top(), "line 10 fits on screen when line 2 is at the top");
        v.key(Key.Kind.TAB);
        assertEquals(31 - 8, v.top(), "both lines of the wrapped link are on the 9 page rows");
    }

    @Test
    void shiftTabGoesBackwardsAndWrapsToTheLast() {
        TestViewer v = viewer();
        v.key(Key.Kind.BACK_TAB);
        assertEquals("two", v.focusedText(), "without focus, the last link on screen");
        v.key(Key.Kind.BACK_TAB);
        assertEquals("one", v.focusedText());
        v.key(Key.Kind.BACK_TAB);
        assertEquals("four wrapped", v.focusedText());
        v.key(new Key(Key.Kind.TAB, 0, false, false, true));
        assertEquals("three", v.focusedText(), "Tab with Shift is Shift-Tab");
    }

    @Test
    void afterScrollingAwayTabStartsFromTheScreen() {
        TestViewer v = viewer();
        v.key(Key.Kind.TAB);
        assertEquals("one", v.focusedText());
        v.type("jjjjjjjjjj");
        assertEquals(10, v.top());
        v.key(Key.Kind.TAB);
        assertEquals("three", v.focusedText(), "the first link from the top of the screen, not the one after 'one'");
    }

    @Test
    void aDocumentWithoutLinksSaysSo() {
        TestViewer v = TestViewer.open("plain.md", Docs.paragraphs(3), 40, 10);
        v.key(Key.Kind.TAB);
        assertEquals(-1, v.state.focus());
        assertTrue(v.status().contains("no links"));
    }

    @Test
    void theStatusLineShowsTheFocusedTarget() {
        TestViewer v = viewer();
        v.key(Key.Kind.TAB).key(Key.Kind.TAB).key(Key.Kind.TAB);
        assertTrue(v.statusRow().contains("→ https://example.com/"), v.statusRow());
    }

    @Test
    void theFocusedLinkIsHighlightedOnScreen() {
        TestViewer v = viewer();
        v.key(Key.Kind.TAB).key(Key.Kind.TAB);
        Frame.Row row = v.frame().rows().get(2);
        StringBuilder focused = new StringBuilder();
        for (Segment s : row.segments()) {
            if (s.highlight() == Highlight.FOCUSED_LINK) {
                focused.append(s.text());
            }
        }
        assertEquals("two", focused.toString());
    }

    @Test
    void aClickOnALinkFollowsIt() {
        TestViewer v = viewer();
        v.send(new Msg.Clicked(12, 2));
        assertEquals("two", v.focusedText());
        assertEquals(new Effect.Load(TestViewer.DIR.resolve("b.md"), "", Effect.Load.Reason.FOLLOW), v.effect());
        v.send(new Msg.Clicked(2, 3));
        assertTrue(v.effects.isEmpty(), "no link under the click");
    }
}
