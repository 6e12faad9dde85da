package dev.folio.viewer;

import static dev.folio.viewer.Docs.*;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import dev.folio.layout.CodeHighlighter;
import dev.folio.layout.ImageBox;
import dev.folio.layout.ImageSizes;
import dev.folio.layout.Role;
import dev.folio.open.LinkResolver;
import dev.folio.text.AmbiguousWidth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which pictures a frame shows, the toggle, and the full-screen view: plain JUnit, no pixels. */
class PicturesTest {
    /** Every local image 10 columns by 4 rows; remote ones keep their text line. */
    private static final ImageSizes TEN_BY_FOUR = (target, room) -> target.startsWith("https:")
            ? ImageSizes.Answer.TEXT_ONLY : new ImageSizes.Cells(Math.min(10, room), 4);

    private static TestViewer open(ViewerOptions options, Block... blocks) {
        Collaborators env = new Collaborators(new LinkResolver(TestViewer.EVERY_FILE_PLAIN),
                PageLayout.withImages(CodeHighlighter.NONE, AmbiguousWidth.NARROW, base -> TEN_BY_FOUR));
        return TestViewer.open("a.md", new Document(List.of(blocks), ""), 40, 12, env, options);
    }

    private static Block[] article() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(p(1, "before"));
        blocks.add(image(3, "img/a.png", "pic"));
        for (int i = 0; i < 30; i++) {
            blocks.add(p(5 + 2 * i, "line " + i));
        }
        return blocks.toArray(new Block[0]);
    }

    @Test
    void theFrameListsTheVisibleRowsOfEachBox() {
        TestViewer v = open(ViewerOptions.defaults(), article());
        ImageBox box = v.state.page().media().get(0).box();
        assertEquals(new ImageBox(2, 0, 10, 4), box);
        assertEquals(List.of(new Frame.Picture("img/a.png", 2, 0, 10, 4, 0, 4, Frame.Fit.BOX)), v.frame().pictures());
        v.type("jjj");      // the box's first row is now above the screen
        assertEquals(List.of(new Frame.Picture("img/a.png", 0, 0, 10, 3, 1, 4, Frame.Fit.BOX)), v.frame().pictures());
        v.type("jjj");
        assertEquals(List.of(), v.frame().pictures(), "scrolled past");
    }

    @Test
    void aCentredColumnMovesThePictureWithIt() {
        TestViewer v = open(new ViewerOptions(20, ViewerOptions.Column.CENTRED), article());
        assertEquals(10, v.frame().pictures().get(0).column(), "(40 - 20) / 2");
    }

    @Test
    void panelsAndLinkNumbersHideThePictures() {
        TestViewer v = open(ViewerOptions.defaults(), article());
        v.type("m");
        assertEquals(Mode.MEDIA_LIST, v.state.mode());
        assertEquals(List.of(), v.frame().pictures());
        v.key(Key.Kind.ESCAPE);
        assertEquals(1, v.frame().pictures().size());
    }

    @Test
    void theToggleLaysThePageOutWithoutBoxesAndBackKeepingThePlace() {
        TestViewer v = open(ViewerOptions.defaults(), article());
        v.type("jjjjjjjjjj");
        String topText = v.state.page().lines().get(v.top()).text();
        assertEquals("line 1", topText);
        v.type("I");
        assertEquals("images off", v.status());
        assertEquals(List.of(), v.frame().pictures());
        assertTrue(v.state.page().lines().stream().noneMatch(l -> l.spans().stream().anyMatch(s -> s.role() == Role.IMAGE)));
        assertEquals(topText, v.state.page().lines().get(v.top()).text(), "the same text at the top");
        v.type("I");
        assertEquals("images on", v.status());
        assertEquals(topText, v.state.page().lines().get(v.top()).text());
        assertTrue(v.state.page().media().get(0).box().isPresent());
    }

    @Test
    void withoutImagesTheToggleSaysSo() {
        TestViewer v = TestViewer.open("a.md", doc("", image(1, "a.png", "pic")), 40, 12);
        v.type("I");
        assertTrue(v.status().startsWith("no images in this terminal"), v.status());
        assertEquals(List.of(), v.frame().pictures());
    }

    @Test
    void theFullScreenViewShowsOneImageAndEscReturns() {
        TestViewer v = open(ViewerOptions.defaults(), article());
        v.type("i");
        assertEquals(Mode.IMAGE, v.state.mode());
        assertEquals(List.of(new Frame.Picture("img/a.png", 0, 0, 40, 11, 0, 11, Frame.Fit.SCREEN)), v.frame().pictures());
        assertTrue(v.frame().rows().subList(0, 11).stream().allMatch(r -> r.text().isBlank()), "the image has the screen");
        assertTrue(v.statusRow().contains("pic — Esc returns"), v.statusRow());
        v.key(Key.Kind.ESCAPE);
        assertEquals(Mode.READING, v.state.mode());
    }

    @Test
    void theExternalOpenKeyStillOpensTheImageFromTheFullScreenView() {
        TestViewer v = open(ViewerOptions.defaults(), article());
        v.type("i");
        v.type("O");
        assertEquals(Mode.READING, v.state.mode());
        Effect effect = v.effect();
        assertTrue(effect instanceof Effect.OpenExternal open && open.target().endsWith("/docs/img/a.png"), effect.toString());
    }

    @Test
    void theSelectedImageIsTheOneShown() {
        TestViewer v = open(ViewerOptions.defaults(), p(1, "x"), image(3, "one.png", "one"), image(5, "two.png", "two"));
        v.key(Key.Kind.TAB).key(Key.Kind.TAB);
        assertEquals("two", v.focusedText());
        v.type("i");
        assertEquals("two.png", v.frame().pictures().get(0).target());
    }

    @Test
    void noImageOnScreenIsSaid() {
        TestViewer v = open(ViewerOptions.defaults(), p(1, "only text"));
        v.type("i");
        assertEquals(Mode.READING, v.state.mode());
        assertEquals("no image on the screen", v.status());
        assertFalse(v.state.mode() == Mode.IMAGE);
    }

    /** A tall image that may take half the rows above the status line of whatever screen it is on. */
    private record HalfTheScreen(int limit) implements ImageSizes {
        @Override
        public Answer of(String target, int maxColumns) {
            return new Cells(Math.min(10, maxColumns), limit);
        }

        @Override
        public ImageSizes forScreenRows(int rows) {
            return new HalfTheScreen(Math.max(1, (rows - 1) / 2));
        }
    }

    @Test
    void theMostRowsAnImageTakesFollowsTheScreenHeightOnEveryResize() {
        Collaborators env = new Collaborators(new LinkResolver(TestViewer.EVERY_FILE_PLAIN),
                PageLayout.withImages(CodeHighlighter.NONE, AmbiguousWidth.NARROW, base -> new HalfTheScreen(99)));
        TestViewer v = TestViewer.open("a.md", new Document(List.of(article()), ""), 40, 13, env, ViewerOptions.defaults());
        assertEquals(6, v.state.page().media().get(0).box().rows(), "half of 12 rows");
        v.type("jj");
        String top = v.state.page().lines().get(v.state.top()).toString();
        v.send(new Msg.Resized(40, 25));     // the same width: only the height changed
        assertEquals(12, v.state.page().media().get(0).box().rows(), "half of 24 rows");
        assertEquals(top, v.state.page().lines().get(v.state.top()).toString(), "the reading position stays");
        v.send(new Msg.Resized(40, 9));
        assertEquals(4, v.state.page().media().get(0).box().rows());
        v.type("I").type("I");       // off and on again: still for this screen
        assertEquals(4, v.state.page().media().get(0).box().rows());
    }
}
