package dev.folio.viewer;

import static dev.folio.viewer.Docs.doc;
import static dev.folio.viewer.Docs.h;
import static dev.folio.viewer.Docs.link;
import static dev.folio.viewer.Docs.p;
import static dev.folio.viewer.Docs.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Document;
import dev.folio.text.Width;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class ViewTest {
    static Document chinese() {
        return doc("AWS 加入云计算原生计算基金会，推动 Kubernetes 的发展势头",
                h(1, "AWS 加入云计算原生计算基金会", "aws", 1),
                p(3, text("亚马逊网络服务(AWS)已经加入了"), link("云本地计算基金会", "https://www.cncf.io/"),
                        text(" (CNCF)，此举表明企业云提供商正在非常认真地对待 CNCF 的旗舰业务流程引擎。")),
                p(5, text("emoji 👍🏽 and 👨‍👩‍👧 and e\u0301 combining; ✅ ☕")));
    }

    private static void assertFits(Frame f) {
        assertEquals(f.height(), f.rows().size());
        for (Frame.Row row : f.rows()) {
            int w = 0;
            for (Segment s : row.segments()) {
                w += Width.of(s.text());
            }
            assertTrue(w <= f.width(), "row wider than " + f.width() + ": '" + row.text() + "'");
            assertEquals(Width.of(row.text()), w);
        }
    }

    @ParameterizedTest
    @ValueSource(ints = {1, 2, 3, 5, 7, 11, 20, 33, 80})
    void everyRowFitsInEveryModeAtEveryWidth(int width) {
        for (int height : new int[] {1, 2, 3, 6, 24}) {
            TestViewer v = TestViewer.open("中文.md", chinese(), width, height);
            assertFits(v.frame());
            v.key(Key.Kind.TAB);
            assertFits(v.frame());
            v.type("/基金会");
            assertFits(v.frame());
            v.key(Key.Kind.ENTER);
            assertFits(v.frame());
            v.type("o");
            assertFits(v.frame());
            v.key(Key.Kind.ESCAPE).type("?");
            assertFits(v.frame());
            v.key(Key.Kind.ESCAPE).type("F");
            assertFits(v.frame());
            v.key(Key.Kind.ESCAPE);
            v.send(new Msg.OpenResult("opened 一个很长很长很长很长很长的目标 with xdg-open", false));
            assertFits(v.frame());
        }
    }

    @Test
    void aWideCharacterIsNeverCutInHalf() {
        TestViewer v = TestViewer.open("中文.md", chinese(), 20, 6);
        v.send(new Msg.OpenResult("宽宽宽宽宽宽宽宽宽宽宽宽", true));
        List<Frame.Row> rows = v.frame().rows();
        String lastTwo = rows.get(rows.size() - 2).text() + rows.get(rows.size() - 1).text();
        for (Frame.Row row : rows) {
            assertTrue(Width.of(row.text()) <= 20, row.text());
        }
        assertFalse(lastTwo.contains("\uFFFD"));
        assertTrue(lastTwo.replace(" ", "").contains("宽宽宽宽宽宽宽宽宽宽宽宽"), "the long message takes two rows, whole: " + lastTwo);
    }

    @Test
    void theStatusLineShowsTitlePositionAndPercent() {
        TestViewer v = TestViewer.open("many.md", Docs.paragraphs(50), 80, 10);
        String row = v.statusRow();
        assertTrue(row.startsWith("Many"), row);
        assertTrue(row.endsWith("line 1/99  9%"), row);
        v.type("G");
        assertTrue(v.statusRow().endsWith("line 91/99  100%"), v.statusRow());
        assertEquals(80, Width.of(v.statusRow()), "the status line fills the row");
    }

    @Test
    void theStatusLineShowsTheRealTargetNotADisguise() {
        String hostile = "https://example.com/\u202Efdp.exe\u001b]52;c;ZXZpbA==\u0007";
        TestViewer v = TestViewer.open("a.md", doc("A", p(1, link("harmless.pdf", hostile))), 120, 5);
        v.key(Key.Kind.TAB);
        String row = v.statusRow();
        assertTrue(row.contains("→ https://example.com/<U+202E>fdp.exe␛]52;c;ZXZpbA==␇"), row);
        for (Frame.Row r : v.frame().rows()) {
            for (Segment s : r.segments()) {
                assertTrue(dev.folio.text.Sanitizer.isClean(s.text()), "no control character reaches the screen");
            }
        }
    }

    @Test
    void aCentredColumnIsCentred() {
        ViewerOptions centred = new ViewerOptions(40, ViewerOptions.Column.CENTRED);
        TestViewer v = TestViewer.open("c.md", doc("C", p(1, "centre me")), 100, 5, TestViewer.EVERY_FILE_PLAIN, centred);
        assertEquals(40, v.state.page().width());
        assertEquals(" ".repeat(30) + "centre me", v.frame().rows().get(0).text());
    }

    @Test
    void proseWrapsAtSpacesAndLongWordsAreCut() {
        assertEquals(java.util.List.of("a steam:", "link", "starts"), Cells.wrapWords("a steam: link starts", 9));
        assertEquals(java.util.List.of("ab", "cdefg", "hij"), Cells.wrapWords("ab cdefghij", 5));
        assertEquals(java.util.List.of("宽宽", "宽"), Cells.wrap("宽宽宽", 5));
    }

    @Test
    void theFrameAlwaysHasHeightRows() {
        TestViewer v = TestViewer.open("s.md", Docs.paragraphs(2), 30, 12);
        Frame f = v.frame();
        assertEquals(12, f.rows().size());
        assertEquals("para 0", f.rows().get(0).text());
        assertEquals("", f.rows().get(5).text());
    }

    @Test
    void beforeTheFirstDocumentTheScreenSaysLoading() {
        ViewerState s = ViewerState.initial(new Collaborators(null, new MiniLayout()), ViewerOptions.defaults(), 40, 5);
        Frame f = View.render(s);
        assertEquals(5, f.rows().size());
        assertTrue(f.rows().get(4).text().contains("loading"));
    }

    @Test
    void anEmptyDocumentSaysSo() {
        TestViewer v = TestViewer.open("empty.md", Docs.doc(""), 60, 20);
        String screen = v.screen();
        assertTrue(screen.contains(View.EMPTY), screen);
        String status = v.statusRow();
        assertTrue(status.contains("empty") && !status.contains("line 0/0"), status);
    }

    @Test
    void beforeTheFirstDocumentNothingClaimsItIsEmpty() {
        ViewerState initial = ViewerState.initial(new Collaborators(new dev.folio.open.LinkResolver(TestViewer.EVERY_FILE_PLAIN),
                new MiniLayout()), ViewerOptions.defaults(), 60, 20);
        assertTrue(!View.render(initial).text().contains(View.EMPTY));
    }
}
