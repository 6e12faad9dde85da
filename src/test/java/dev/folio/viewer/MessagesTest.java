package dev.folio.viewer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.text.Width;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Long messages take a second status line, and the message log keeps every one whole. */
class MessagesTest {
    private static final String LONG = "refused /home/ann/project/run.sh: programs and scripts are not opened from a document";

    private static TestViewer viewer() {
        return TestViewer.open("a.md", Docs.paragraphs(40), 40, 12);
    }

    @Test
    void aLongMessageTakesASecondStatusLine() {
        TestViewer v = viewer();
        v.send(new Msg.OpenResult(LONG, true));
        List<Frame.Row> rows = v.frame().rows();
        String lastTwo = rows.get(10).text() + " " + rows.get(11).text();
        assertTrue(lastTwo.contains("refused /home/ann/project/run.sh:"), lastTwo);
        assertTrue(lastTwo.contains("programs and"), "more than one row's worth is shown: " + lastTwo);
        for (Frame.Row row : rows) {
            assertTrue(Width.of(row.text()) <= 40);
        }
        v.type("j");
        assertTrue(!v.screen().contains("refused"), "gone at the next key, like any message");
    }

    @Test
    void aShortMessageStaysOnOneLine() {
        TestViewer v = viewer();
        v.send(new Msg.OpenResult("opened a.png", false));
        assertTrue(v.frame().rows().get(11).text().contains("opened a.png"));
        assertTrue(!v.frame().rows().get(10).text().contains("opened"));
    }

    @Test
    void theMessageLogShowsEveryMessageWhole() {
        TestViewer v = viewer();
        v.send(new Msg.OpenResult(LONG, true)).type("j");
        v.send(new Msg.OpenResult("opened a.png", false)).type("j");
        v.type("P");
        assertEquals(Mode.MESSAGES, v.state.mode());
        String screen = v.screen();
        assertTrue(screen.contains("─ Messages ─"), screen);
        String inside = screen.replace("│", " ").replaceAll("\\s+", " ");
        assertTrue(inside.contains(LONG), "wrapped, not cut: " + screen);
        assertTrue(inside.contains("opened a.png"), screen);
        v.key(Key.Kind.ESCAPE);
        assertEquals(Mode.READING, v.state.mode());
    }

    @Test
    void theLogSaysSoWhenThereIsNothingYet() {
        TestViewer v = TestViewer.open("a.md", Docs.paragraphs(3), 40, 12).type("P");
        assertEquals(Mode.READING, v.state.mode());
        assertEquals("no messages yet", v.status());
    }
}
