package dev.folio.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.layout.CodeHighlighter;
import dev.folio.layout.LayoutOptions;
import dev.folio.open.LinkResolver;
import dev.folio.testing.Markdown;
import dev.folio.text.AmbiguousWidth;
import dev.folio.text.Width;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Code wider than the column is not wrapped in the viewer: it scrolls sideways with h l ← →, marked at its edges. */
class SidewaysScrollTest {
    private static final String WIDE = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
    private static final String DOC = "Intro text.\n\n```\n" + WIDE + "\nshort\n```\n\nAfter.\n";

    private static TestViewer open(String markdown, int width, int height, LayoutOptions.WideCode wide) {
        Collaborators env = new Collaborators(new LinkResolver(TestViewer.EVERY_FILE_PLAIN),
                PageLayout.highlighted(CodeHighlighter.NONE, AmbiguousWidth.NARROW, wide));
        return TestViewer.open("a.md", Markdown.parse(markdown), width, height, env, ViewerOptions.defaults());
    }

    private static String row(TestViewer v, String containing) {
        for (Frame.Row r : v.frame().rows()) {
            if (r.text().contains(containing)) {
                return r.text();
            }
        }
        throw new AssertionError("no row with " + containing + ":\n" + v.screen());
    }

    @Test
    void aWideCodeLineIsOneRowCutAtTheEdgeWithAMark() {
        TestViewer v = open(DOC, 30, 10, LayoutOptions.WideCode.SCROLL);
        String screen = v.screen();
        assertFalse(screen.contains("↪"), "not wrapped: " + screen);
        String code = row(v, "0123");
        assertEquals("  0123456789abcdefghijklmnopq›", code);
        assertTrue(screen.contains("  short\n"), "a short line of the block has no mark: " + screen);
    }

    @Test
    void lScrollsHalfTheColumnRightAndHBack() {
        TestViewer v = open(DOC, 30, 10, LayoutOptions.WideCode.SCROLL).type("l");
        String code = row(v, "‹");
        // 28 columns of code, scrolled by 14: the left edge marks what is hidden, the right edge what is still to come.
        assertEquals("  ‹fghijklmnopqrstuvwxyzABCDE›", code);
        v.key(Key.Kind.RIGHT).key(Key.Kind.RIGHT).key(Key.Kind.RIGHT);
        assertEquals("  ‹zABCDEFGHIJKLMNOPQRSTUVWXYZ", row(v, "XYZ"), "stops with the end of the widest line in view");
        assertFalse(row(v, "XYZ").contains("›"));
        v.type("h").key(Key.Kind.LEFT).key(Key.Kind.LEFT).key(Key.Kind.LEFT).key(Key.Kind.LEFT);
        assertEquals("  0123456789abcdefghijklmnopq›", row(v, "0123"));
    }

    @Test
    void withNothingWideOnScreenTheKeysSaySo() {
        TestViewer v = open("Just text.\n", 30, 10, LayoutOptions.WideCode.SCROLL).type("l");
        assertEquals(SidewaysScroll.NOTHING, v.status());
    }

    @Test
    void theWrapOptionKeepsWrapping() {
        TestViewer v = open(DOC, 30, 10, LayoutOptions.WideCode.WRAP);
        assertTrue(v.screen().contains("↪"), v.screen());
        assertEquals(SidewaysScroll.NOTHING, v.type("l").status());
    }

    @Test
    void wideCharactersAreCountedInColumnsAndNeverCutInHalf() {
        String cjk = "```\n" + "代码".repeat(20) + "\n```\n";
        TestViewer v = open(cjk, 21, 6, LayoutOptions.WideCode.SCROLL);
        for (int i = 0; i < 6; i++) {
            for (Frame.Row r : v.frame().rows()) {
                assertTrue(Width.of(r.text()) <= 21, r.text());
                assertFalse(r.text().contains("\uFFFD"));
            }
            v.type("l");
        }
        // Scrolled to the end: 40 characters of 2 columns, 19 columns shown, so 21 columns hidden: an odd cut shows a space, not half a character.
        String code = row(v, "‹");
        assertEquals(21, Width.of(code), code);
        assertTrue(code.endsWith("码"), code);
    }

    @Test
    void searchFindsTextOffScreenToTheRightAndScrollsToIt() {
        TestViewer v = open(DOC, 30, 10, LayoutOptions.WideCode.SCROLL).type("/XYZ").key(Key.Kind.ENTER);
        assertEquals("match 1/1", v.status());
        String code = row(v, "XYZ");
        assertTrue(code.startsWith("  ‹"), code);
        v.type("h");
        assertEquals("  ‹lmnopqrstuvwxyzABCDEFGHIJK›", row(v, "lmn"), "h scrolls the block with the match back");
    }

    @Test
    void theOffsetIsKeptAcrossAResizeAndForgottenForAnotherDocument() {
        TestViewer v = open(DOC, 30, 10, LayoutOptions.WideCode.SCROLL).type("l");
        v.send(new Msg.Resized(34, 10));
        assertTrue(row(v, "‹").contains("fghij"), v.screen());
        v.send(new Msg.Loaded(dev.folio.doc.Source.file(TestViewer.DIR.resolve("b.md")), Markdown.parse(DOC), "",
                Effect.Load.Reason.FOLLOW));
        assertTrue(row(v, "0123").contains("0123"), v.screen());
        assertEquals(List.of(), List.copyOf(v.state.sideways().offsets().keySet()));
    }
}
