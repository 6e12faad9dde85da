package dev.folio.viewer;

import dev.folio.open.TargetKind;
import static dev.folio.viewer.Docs.doc;
import static dev.folio.viewer.Docs.link;
import static dev.folio.viewer.Docs.p;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.open.FileProbe;
import dev.folio.open.RecordingOpener;
import org.junit.jupiter.api.Test;

/** Risky targets: refused, or opened only after the full target was shown and confirmed. */
class OpeningFlowTest {

    private static TestViewer oneLink(String target) {
        return oneLink(target, TestViewer.EVERY_FILE_PLAIN);
    }

    private static TestViewer oneLink(String target, FileProbe probe) {
        TestViewer v = TestViewer.open("a.md", doc("A", p(1, link("click me", target))), 60, 14, probe, ViewerOptions.defaults());
        return v.key(Key.Kind.TAB);
    }

    @Test
    void javascriptIsRefusedOutright() {
        TestViewer v = oneLink("javascript:alert(document.cookie)");
        v.key(Key.Kind.ENTER);
        assertTrue(v.effects.isEmpty());
        assertEquals(Mode.READING, v.state.mode());
        assertEquals(Status.Kind.ERROR, v.state.status().kind());
        assertTrue(v.status().startsWith("refused javascript:alert"), v.status());
        v.type("O");
        assertTrue(v.effects.isEmpty(), "not even when asked to open externally");
    }

    @Test
    void anExecutableFileIsRefused() {
        FileProbe executable = path -> new FileProbe.FileFacts(true, false, true);
        TestViewer v = oneLink("tools/run.png", executable);
        v.key(Key.Kind.ENTER);
        assertTrue(v.effects.isEmpty());
        assertTrue(v.status().contains("executable"), v.status());
    }

    @Test
    void anUnusualSchemeAsksFirstAndYOpens() {
        TestViewer v = oneLink("steam://run/12345");
        v.key(Key.Kind.ENTER);
        assertTrue(v.effects.isEmpty());
        assertEquals(Mode.CONFIRM_OPEN, v.state.mode());
        String screen = v.screen();
        assertTrue(screen.contains("steam://run/12345"), screen);
        assertTrue(v.statusRow().contains("y opens"), v.statusRow());
        v.type("y");
        assertEquals(new Effect.OpenExternal("steam://run/12345", TargetKind.OTHER), v.effect());
        assertEquals(Mode.READING, v.state.mode());
        assertNull(v.state.pending());
    }

    @Test
    void anyOtherKeyCancels() {
        TestViewer v = oneLink("smb://server/share/file.doc");
        v.key(Key.Kind.ENTER);
        assertEquals(Mode.CONFIRM_OPEN, v.state.mode());
        v.key(Key.Kind.ENTER);
        assertTrue(v.effects.isEmpty(), "Enter does not confirm");
        assertEquals(Mode.READING, v.state.mode());
        assertEquals("not opened", v.status());
    }

    @Test
    void theConfirmationShowsALongTargetInFullAndEncodesBidi() {
        String target = "ms-settings:" + "x".repeat(120) + "\u202Egnp.exe";
        TestViewer v = oneLink(target);
        v.key(Key.Kind.ENTER);
        String screen = v.screen().replace("\n", "").replace(" ", "").replace("│", ""); // the frame's sides apart
        assertTrue(screen.contains("x".repeat(120)), "every character of the target is on screen");
        assertTrue(screen.contains("%E2%80%AEgnp.exe"), "the override travels percent-encoded: " + screen);
        for (Frame.Row row : v.frame().rows()) {
            assertTrue(dev.folio.text.Width.of(row.text()) <= 60);
        }
    }

    @Test
    void openingGoesThroughTheOpenerAndTheResultIsShown() {
        TestViewer v = oneLink("img/a.png");
        v.key(Key.Kind.ENTER);
        Effect.OpenExternal open = (Effect.OpenExternal) v.effect();
        RecordingOpener opener = new RecordingOpener();
        dev.folio.open.Opener.Outcome outcome = opener.open(open.target(), open.kind());
        v.send(new Msg.OpenResult(outcome.message(), !outcome.opened()));
        assertEquals(java.util.List.of("/docs/img/a.png"), opener.targets());
        assertEquals("opened /docs/img/a.png with recorder", v.status());
    }
}
