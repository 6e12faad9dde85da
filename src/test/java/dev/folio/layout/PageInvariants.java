package dev.folio.layout;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.folio.text.Graphemes;
import dev.folio.text.Sanitizer;
import dev.folio.text.Width;
import java.util.HashMap;
import java.util.Map;

/** The layout invariants as assertions any layout test can make about a page. */
final class PageInvariants {
    private PageInvariants() {}

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
