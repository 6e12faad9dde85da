package dev.folio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.folio.doc.Document;
import dev.folio.text.Graphemes;
import dev.folio.text.Sanitizer;
import dev.folio.text.Width;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The three layout invariants, on generated documents at every width from 1 to 200: no line
 * wider than the width, no control character in any span, every word of the source on the page.
 * Regions must also point inside the lines they name.
 */
class InvariantsTest {
    private static final int DOCUMENTS_PER_WIDTH = 4;

    static IntStream widths() {
        return IntStream.rangeClosed(1, 200);
    }

    @ParameterizedTest(name = "width {0}")
    @MethodSource("widths")
    void generatedDocumentsKeepTheInvariants(int width) {
        for (int i = 0; i < DOCUMENTS_PER_WIDTH; i++) {
            long seed = width * 7919L + i;
            Document doc = new DocGen(seed).document();
            LayoutOptions.LinkNotes notes = i % 2 == 0 ? LayoutOptions.LinkNotes.NONE : LayoutOptions.LinkNotes.AFTER_BLOCK;
            Page page = Layout.of(doc, new LayoutOptions(width, notes));
            String where = "seed " + seed + " width " + width + "\n";
            assertLinesFit(page, width, where);
            assertNoControls(page, where);
            assertWordsPresent(SourceWords.of(doc), page, width, where);
            assertRegionsInside(page, where);
        }
    }

    /** With East Asian Ambiguous characters two columns wide, bars, rules and borders double: lines must still fit. */
    @ParameterizedTest(name = "width {0}, ambiguous wide")
    @MethodSource("someWidths")
    void invariantsHoldWhenAmbiguousCharactersAreWide(int width) {
        Width.setAmbiguousWide(true);
        try {
            for (int i = 0; i < DOCUMENTS_PER_WIDTH; i++) {
                long seed = width * 104729L + i;
                Document doc = new DocGen(seed).document();
                Page page = Layout.of(doc, new LayoutOptions(width, LayoutOptions.LinkNotes.AFTER_BLOCK));
                String where = "ambiguous wide, seed " + seed + " width " + width + "\n";
                assertLinesFit(page, width, where);
                assertWordsPresent(SourceWords.of(doc), page, width, where);
                assertRegionsInside(page, where);
            }
        } finally {
            Width.setAmbiguousWide(false);
        }
    }

    static IntStream someWidths() {
        return IntStream.of(1, 2, 3, 4, 5, 7, 10, 13, 20, 33, 40, 57, 80, 101, 150, 200);
    }

    static void assertLinesFit(Page page, int width, String where) {
        for (int i = 0; i < page.size(); i++) {
            Line line = page.lines().get(i);
            if (line.width() > width || Width.of(line.text()) > width) {
                fail(where + "line " + (i + 1) + " is " + line.width() + " wide: [" + line.text() + "]\n" + PageText.text(page));
            }
        }
    }

    static void assertNoControls(Page page, String where) {
        for (Line line : page.lines()) {
            for (Span span : line.spans()) {
                assertTrue(Sanitizer.isClean(span.text()), () -> where + "control character in [" + span.text() + "]");
            }
        }
    }

    static void assertWordsPresent(SourceWords words, Page page, int width, String where) {
        String joined = joinedContent(page);
        for (String word : words.running) {
            if (fitsAt(word, width) && !joined.contains(word)) {
                fail(where + "missing word [" + word + "] in\n" + PageText.text(page));
            }
        }
        Map<Integer, Integer> shown = codePoints(joined);
        Map<Integer, Integer> needed = new HashMap<>();
        for (String word : words.inTables) {
            if (fitsAt(word, width)) {
                codePoints(word).forEach((cp, n) -> needed.merge(cp, n, Integer::sum));
            }
        }
        needed.forEach((cp, n) -> assertTrue(shown.getOrDefault(cp, 0) >= n,
                () -> where + "table text lost " + Character.toString(cp) + "\n" + PageText.text(page)));
    }

    static void assertRegionsInside(Page page, String where) {
        for (LinkRegion r : page.links()) {
            assertEquals(r, page.links().get(r.id()), () -> where + "region id is not its index");
            for (LinkRegion.Part p : r.parts()) {
                Line line = page.lines().get(p.line());
                assertTrue(p.column() >= 0 && p.width() > 0 && p.column() + p.width() <= line.width(),
                        () -> where + "part " + PageText.part(p) + " outside [" + line.text() + "]");
            }
        }
        for (Integer line : page.anchors().values()) {
            assertTrue(line >= 0 && line < page.size(), () -> where + "anchor outside the page: " + line);
        }
        for (MediaItem m : page.media()) {
            assertTrue(m.line() >= 0 && m.line() < page.size(), () -> where + "media outside the page: " + m);
        }
    }

    /** The document's own text, wrapped lines joined the way search joins them. */
    static String joinedContent(Page page) {
        StringBuilder sb = new StringBuilder();
        for (Line line : page.lines()) {
            sb.append(line.content());
            sb.append(line.wrap() == Line.Wrap.SPACE ? " " : line.wrap() == Line.Wrap.DIRECT ? "" : "\n");
        }
        return sb.toString();
    }

    /** At width 1 a two-column character cannot be shown; such words are exempt there. */
    private static boolean fitsAt(String word, int width) {
        for (int i = 0; i < word.length(); ) {
            int end = Graphemes.next(word, i);
            if (Width.cluster(word, i, end) > width) {
                return false;
            }
            i = end;
        }
        return true;
    }

    private static Map<Integer, Integer> codePoints(String s) {
        Map<Integer, Integer> counts = new HashMap<>();
        s.codePoints().filter(cp -> !Character.isWhitespace(cp)).forEach(cp -> counts.merge(cp, 1, Integer::sum));
        return counts;
    }
}
