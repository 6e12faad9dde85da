package dev.folio.viewer;

import dev.folio.theme.Highlight;
import static dev.folio.viewer.Docs.doc;
import static dev.folio.viewer.Docs.p;
import static dev.folio.viewer.Docs.quote;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.layout.Line;
import dev.folio.layout.Page;
import dev.folio.layout.Role;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SearchTest {

    private static TestViewer viewer(int width, Block... blocks) {
        return TestViewer.open("s.md", doc("S", blocks), width, 8);
    }

    private static List<String> matchedText(TestViewer v) {
        List<String> out = new ArrayList<>();
        for (Match m : v.state.search().matches()) {
            StringBuilder sb = new StringBuilder();
            for (Match.Part part : m.parts()) {
                sb.append(cells(v.state.page().lines().get(part.line()), part.column(), part.width()));
            }
            out.add(sb.toString());
        }
        return out;
    }

    /** The text shown in cells [column, column + width) of a line. */
    private static String cells(Line line, int column, int width) {
        List<Segment> row = new ArrayList<>();
        for (var span : line.spans()) {
            row.add(new Segment(span.text(), span.role(), 0, Highlight.NONE));
        }
        return new Frame.Row(Cells.slice(row, column, column + width)).text();
    }

    @Test
    void escapeClearsTheHighlightsButNAndShiftNKeepTheQuery() {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            blocks.add(p(1 + 2 * i, i % 5 == 0 ? "kubernetes here " + i : "filler " + i));
        }
        TestViewer v = viewer(40, blocks.toArray(new Block[0]));
        v.type("/kubernetes").key(Key.Kind.ENTER).type("n");
        assertEquals("match 2/4", v.status());
        v.key(Key.Kind.ESCAPE);
        assertTrue(v.frame().rows().stream().flatMap(r -> r.segments().stream())
                .noneMatch(g -> g.highlight() == Highlight.MATCH || g.highlight() == Highlight.CURRENT_MATCH),
                "Esc clears the highlights");
        v.type("n");
        assertEquals("match 3/4", v.status(), "n goes on from where the search was");
        assertTrue(v.frame().rows().stream().flatMap(r -> r.segments().stream())
                .anyMatch(g -> g.highlight() == Highlight.CURRENT_MATCH), "and shows the matches again");
        v.key(Key.Kind.ESCAPE).type("N");
        assertEquals("match 2/4", v.status());
    }

    @Test
    void lowerCaseQueriesIgnoreCaseAndUpperCaseOnesDoNot() {
        TestViewer v = viewer(40, p(1, "Apple apple APPLE"), p(3, "pineapple"));
        v.type("/apple").key(Key.Kind.ENTER);
        assertEquals(List.of("Apple", "apple", "APPLE", "apple"), matchedText(v));
        v.type("/Apple").key(Key.Kind.ENTER);
        assertEquals(List.of("Apple"), matchedText(v));
        assertEquals("match 1/1", v.status());
    }

    @Test
    void aPhraseBrokenBySoftWrapIsFound() {
        // width 12: "the quick" / "brown fox" / "jumps" (SPACE wraps)
        TestViewer v = viewer(12, p(1, "the quick brown fox jumps"));
        assertEquals(Line.Wrap.SPACE, v.state.page().lines().get(0).wrap());
        v.type("/quick brown").key(Key.Kind.ENTER);
        Match m = v.state.search().matches().get(0);
        assertEquals(2, m.parts().size(), "one part on each line");
        assertEquals(List.of("quickbrown"), matchedText(v));
        assertEquals(new Match.Part(0, 4, 5), m.parts().get(0));
        assertEquals(new Match.Part(1, 0, 5), m.parts().get(1));
    }

    @Test
    void chineseIsFoundAcrossADirectWrap() {
        // width 10: five wide characters per line, wrapped with nothing dropped
        TestViewer v = viewer(10, p(1, "云原生计算基金会推动发展"));
        assertEquals(Line.Wrap.DIRECT, v.state.page().lines().get(0).wrap());
        assertEquals("云原生计算", v.state.page().lines().get(0).text());
        v.type("/计算基金").key(Key.Kind.ENTER);
        assertEquals(List.of("计算基金"), matchedText(v));
        Match m = v.state.search().matches().get(0);
        assertEquals(List.of(new Match.Part(0, 6, 4), new Match.Part(1, 0, 4)), m.parts());
        assertEquals("match 1/1", v.status());
    }

    @Test
    void matchesDoNotJoinSeparateParagraphs() {
        TestViewer v = viewer(40, p(1, "ends with foo"), p(3, "bar starts"));
        v.type("/foo bar").key(Key.Kind.ENTER);
        assertTrue(v.state.search().matches().isEmpty());
        assertEquals(Status.Kind.ERROR, v.state.status().kind());
        assertTrue(v.status().contains("not found"));
    }

    @Test
    void decorationsAreNotSearched() {
        TestViewer v = viewer(40, quote(1, p(1, "quoted text")));
        assertEquals(Role.QUOTE_BAR, v.state.page().lines().get(0).spans().get(0).role());
        v.type("/│").key(Key.Kind.ENTER);
        assertTrue(v.state.search().matches().isEmpty(), "the quote bar is not the document's text");
        v.type("/quoted").key(Key.Kind.ENTER);
        assertEquals(new Match.Part(0, 2, 6), v.state.search().matches().get(0).parts().get(0), "columns count the bar");
    }

    @Test
    void nAndShiftNWrapAroundWithAMessage() {
        Block[] blocks = new Block[20];
        for (int i = 0; i < 20; i++) {
            blocks[i] = p(2 * i + 1, i % 5 == 0 ? "needle " + i : "hay " + i);
        }
        TestViewer v = viewer(40, blocks);
        v.type("/needle").key(Key.Kind.ENTER);
        assertEquals("match 1/4", v.status());
        v.type("n");
        assertEquals("match 2/4", v.status());
        assertTrue(v.state.isVisible(v.state.search().matches().get(1).line()));
        v.type("nn");
        assertEquals("match 4/4", v.status());
        v.type("n");
        assertTrue(v.status().startsWith("match 1/4") && v.status().contains("wrapped"), v.status());
        assertEquals(0, v.top());
        v.type("N");
        assertTrue(v.status().startsWith("match 4/4") && v.status().contains("wrapped"), v.status());
    }

    @Test
    void searchStartsFromTheTopOfTheScreen() {
        Block[] blocks = new Block[20];
        for (int i = 0; i < 20; i++) {
            blocks[i] = p(2 * i + 1, "word " + i);
        }
        TestViewer v = viewer(40, blocks);
        v.type("jjjjjjjjjj");
        v.type("/word").key(Key.Kind.ENTER);
        assertEquals("match 6/20", v.status(), "the first match at or below line 10");
    }

    @Test
    void typingSearchesAsYouGoAndEscapeRestores() {
        Block[] blocks = new Block[20];
        for (int i = 0; i < 20; i++) {
            blocks[i] = p(2 * i + 1, i == 15 ? "unique zebra" : "plain " + i);
        }
        TestViewer v = viewer(40, blocks);
        v.type("/zeb");
        assertEquals(Mode.SEARCH_INPUT, v.state.mode());
        assertEquals(1, v.state.search().matches().size());
        assertTrue(v.state.isVisible(30), "the page moved to the match while typing");
        assertTrue(v.statusRow().startsWith("/zeb"), v.statusRow());
        assertEquals(4, v.frame().cursorColumn());
        v.key(Key.Kind.BACKSPACE);
        assertTrue(v.statusRow().startsWith("/ze "), v.statusRow());
        v.key(Key.Kind.ESCAPE);
        assertEquals(0, v.top());
        assertTrue(v.state.search().matches().isEmpty());
        assertEquals(-1, v.frame().cursorColumn());
    }

    @Test
    void matchesAreHighlightedAndTheCurrentOneIsDistinct() {
        TestViewer v = viewer(40, p(1, "cat and cat and cat"));
        v.type("/cat").key(Key.Kind.ENTER).type("n");
        List<String> current = new ArrayList<>();
        int others = 0;
        for (Segment s : v.frame().rows().get(0).segments()) {
            if (s.highlight() == Highlight.CURRENT_MATCH) {
                current.add(s.text());
            } else if (s.highlight() == Highlight.MATCH) {
                others++;
            }
        }
        assertEquals(List.of("cat"), current);
        assertEquals(2, others);
    }

    @Test
    void anEmptyQueryRepeatsTheLastSearch() {
        TestViewer v = viewer(40, p(1, "one two one"));
        v.type("/one").key(Key.Kind.ENTER);
        v.type("/").key(Key.Kind.ENTER);
        assertEquals("one", v.state.search().query());
        assertEquals(2, v.state.search().matches().size());
    }

    @Test
    void nWithoutASearchExplains() {
        TestViewer v = viewer(40, p(1, "text"));
        v.type("n");
        assertTrue(v.status().contains("/"), v.status());
    }

    @Test
    void searchIsLinearOnPathologicalText() {
        // "aaaa…ab" against a text of a's: naive matching is quadratic.
        PageBuilder b = new PageBuilder(100);
        for (int i = 0; i < 40_000; i++) {
            b.line(Line.Wrap.DIRECT, PageBuilder.t("a".repeat(100)));
        }
        Page page = b.build();
        String needle = "a".repeat(5_000) + "b";
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertTrue(Searcher.find(page, needle).isEmpty());
        });
        assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
            assertEquals(40_000 * 100 / 5_000, Searcher.find(page, "a".repeat(5_000)).size());
        });
    }
}
