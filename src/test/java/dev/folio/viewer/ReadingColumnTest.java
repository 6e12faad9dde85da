package dev.folio.viewer;

import dev.folio.doc.Source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Narrowing, widening and centring the reading column while reading. */
class ReadingColumnTest {
    private static TestViewer viewer() {
        return TestViewer.open("a.md", Docs.paragraphs(60), 80, 12);
    }

    @Test
    void narrowAndWidenInStepsKeepingTheTextAtTheTop() {
        TestViewer v = viewer().type("jjjjjjjjjj");
        String topText = v.state.page().lines().get(v.top()).text();
        assertTrue(topText.length() >= 4, "a text line at the top: " + topText);
        v.type("<");
        assertEquals(70, v.state.page().width());
        assertEquals("reading column 70 columns", v.status());
        assertTrue(v.state.page().lines().get(v.top()).text().startsWith(topText.substring(0, 4)), v.screen());
        assertTrue(v.frame().rows().stream().limit(11).allMatch(r -> r.text().stripTrailing().length() <= 70));
        v.type(">");
        assertEquals(80, v.state.page().width());
        v.type(">");
        assertEquals(80, v.state.page().width());
        assertTrue(v.status().contains("as wide as the screen"), v.status());
    }

    @Test
    void theNarrowestIsTwentyColumns() {
        TestViewer v = viewer().type("<<<<<<<<<<");
        assertEquals(ReadingColumn.NARROWEST, v.state.page().width());
        assertTrue(v.status().contains("as narrow as it gets"), v.status());
    }

    @Test
    void centringTogglesAndTheChoiceOutlivesTheDocument() {
        TestViewer v = viewer().type("<<c");
        assertEquals(10, v.state.columnLeft(), "60 columns centred on 80");
        assertTrue(v.frame().rows().get(0).text().startsWith("          "), v.screen());
        v.send(new Msg.Loaded(Source.file(TestViewer.DIR.resolve("b.md")), Docs.paragraphs(5), "", Effect.Load.Reason.FOLLOW));
        assertEquals(60, v.state.page().width(), "kept for the next document");
        assertEquals(10, v.state.columnLeft());
        v.type("c");
        assertEquals(0, v.state.columnLeft());
        assertEquals("reading column at the left", v.status());
    }
}
