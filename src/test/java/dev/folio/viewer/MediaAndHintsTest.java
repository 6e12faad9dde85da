package dev.folio.viewer;

import dev.folio.theme.Highlight;
import dev.folio.open.TargetKind;
import static dev.folio.viewer.Docs.doc;
import static dev.folio.viewer.Docs.image;
import static dev.folio.viewer.Docs.p;
import static dev.folio.viewer.Docs.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Inline;
import dev.folio.doc.MediaKind;
import dev.folio.layout.Line;
import org.junit.jupiter.api.Test;

class MediaAndHintsTest {

    @Test
    void theMediaListOpensEveryKindOfItem() {
        TestViewer v = TestViewer.open("m.md", doc("M",
                p(1, "intro"),
                image(3, "img/a.png", "cover"),
                p(5, new Inline.Media(MediaKind.AUDIO, "https://example.com/talk.mp3", "talk")),
                p(7, new Inline.Media(MediaKind.SVG, "", "diagram"))), 60, 12);
        assertEquals(3, v.state.page().media().size());
        v.type("m");
        assertEquals(Mode.MEDIA_LIST, v.state.mode());
        String screen = v.screen();
        assertTrue(screen.contains("image  cover  img/a.png"), screen);
        assertTrue(screen.contains("svg  diagram  (inline)"), screen);
        v.key(Key.Kind.ENTER);
        assertEquals(new Effect.OpenExternal("/docs/img/a.png", TargetKind.IMAGE), v.effect());
        assertEquals(Mode.READING, v.state.mode());
        v.type("mj").key(Key.Kind.ENTER);
        assertEquals(new Effect.OpenExternal("https://example.com/talk.mp3", TargetKind.AUDIO), v.effect());
        v.type("mjj").key(Key.Kind.ENTER);
        assertTrue(v.effects.isEmpty());
        assertTrue(v.status().contains("nothing to open"), v.status());
    }

    @Test
    void noMediaNoList() {
        TestViewer v = TestViewer.open("plain.md", Docs.paragraphs(2), 40, 10);
        v.type("m");
        assertEquals(Mode.READING, v.state.mode());
    }

    /** 12 links, one per line, on a 14-row screen: all visible. */
    private static TestViewer twelveLinks() {
        PageBuilder b = new PageBuilder(40);
        for (int i = 1; i <= 12; i++) {
            b.line(Line.Wrap.END, PageBuilder.t("x "), PageBuilder.link("link" + i, "https://example.com/" + i));
        }
        return TestViewer.page(b.build(), 40, 14);
    }

    @Test
    void hintsNumberTheVisibleLinks() {
        TestViewer v = twelveLinks();
        v.type("F");
        assertEquals(Mode.HINTS, v.state.mode());
        Frame f = v.frame();
        assertEquals("x 1link1", f.rows().get(0).text(), "the number goes before the link, hiding none of it");
        assertEquals("x 12link12", f.rows().get(11).text());
        Segment hint = f.rows().get(0).segments().stream()
                .filter(s -> s.highlight() == Highlight.HINT).findFirst().orElseThrow();
        assertEquals("1", hint.text());
    }

    @Test
    void hintsHideNoTextOfWideOrNeighbouringLinks() {
        PageBuilder b = new PageBuilder(40);
        b.line(Line.Wrap.END, PageBuilder.t("go to "), PageBuilder.link("快速上手", "a.md"), PageBuilder.t(" or "),
                PageBuilder.link("JS", "b.md"));
        TestViewer v = TestViewer.page(b.build(), 40, 5);
        v.type("F");
        assertEquals("go to 1快速上手 or 2JS", v.frame().rows().get(0).text());
    }

    @Test
    void anUnambiguousNumberFollowsAtOnce() {
        TestViewer v = twelveLinks();
        v.type("F5");
        assertEquals(new Effect.OpenExternal("https://example.com/5", TargetKind.WEB), v.effect());
        assertEquals(Mode.READING, v.state.mode());
        assertEquals("link5", v.focusedText());
    }

    @Test
    void anAmbiguousPrefixWaitsForMoreOrEnter() {
        TestViewer v = twelveLinks();
        v.type("F1");
        assertTrue(v.effects.isEmpty(), "10, 11 and 12 start with 1 too");
        assertEquals(Mode.HINTS, v.state.mode());
        assertTrue(v.statusRow().contains("1"), v.statusRow());
        v.type("2");
        assertEquals(new Effect.OpenExternal("https://example.com/12", TargetKind.WEB), v.effect());
        v.type("F1").key(Key.Kind.ENTER);
        assertEquals(new Effect.OpenExternal("https://example.com/1", TargetKind.WEB), v.effect());
    }

    @Test
    void aWrongNumberOrEscapeCancels() {
        TestViewer w = twelveLinks();
        w.type("F0");
        assertEquals(Mode.READING, w.state.mode());
        assertTrue(w.status().contains("no link numbered 0"), w.status());
        w.type("F").key(Key.Kind.ESCAPE);
        assertEquals(Mode.READING, w.state.mode());
        assertTrue(w.effects.isEmpty());
    }

    @Test
    void hintsWithoutVisibleLinksSaySo() {
        TestViewer v = TestViewer.open("plain.md", doc("P", p(1, text("no links"))), 40, 10);
        v.type("F");
        assertEquals(Mode.READING, v.state.mode());
        assertTrue(v.status().contains("no links on screen"));
    }
}
