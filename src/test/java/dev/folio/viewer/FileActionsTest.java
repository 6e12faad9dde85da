package dev.folio.viewer;

import dev.folio.doc.Source;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Editing the document, reloading it when it changes on disk, and copying a link to a section. */
class FileActionsTest {
    private static final Path FILE = TestViewer.DIR.resolve("notes.md");

    private static Document sections() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(Docs.p(1, "intro"));
        int line = 3;
        for (String name : List.of("install", "use", "keys")) {
            blocks.add(Docs.h(2, name, name, line));
            for (int i = 0; i < 10; i++) {
                blocks.add(Docs.p(line + 2 + 2 * i, name + " para " + i));
            }
            line += 30;
        }
        return new Document(blocks, "Notes");
    }

    @Test
    void editOpensTheFileAtTheSourceLineOfTheTopOfTheScreen() {
        TestViewer v = TestViewer.open("notes.md", Docs.paragraphs(50), 80, 10);
        v.type("jjjj");
        int expected = v.state.page().lines().get(v.top()).sourceLine();
        assertTrue(expected > 1);
        v.type("e");
        assertEquals(new Effect.Edit(FILE, expected), v.effect());
        assertTrue(v.status().startsWith("editing notes.md"), v.status());
    }

    @Test
    void aBlankLineAtTheTopEditsAtTheTextBelowIt() {
        TestViewer v = TestViewer.open("notes.md", Docs.paragraphs(50), 80, 10);
        v.type("j"); // the blank between "para 0" and "para 1"
        assertEquals(0, v.state.page().lines().get(v.top()).width());
        v.type("e");
        assertEquals(new Effect.Edit(FILE, 3), v.effect());
    }

    @Test
    void stdinCannotBeEdited() {
        TestViewer v = TestViewer.open("x.md", Docs.paragraphs(3), 80, 10);
        v.send(new Msg.Loaded(Source.stream("stdin", Path.of("/tmp")), Docs.paragraphs(3), "", Effect.Load.Reason.RELOAD));
        v.type("e");
        assertTrue(v.effects.isEmpty());
        assertEquals("stdin is not a file to edit", v.status());
    }

    @Test
    void afterTheEditorTheFileIsReadAgainInPlace() {
        TestViewer v = TestViewer.open("notes.md", Docs.paragraphs(50), 80, 10);
        v.send(new Msg.Edited(FILE, "edited with vi", false));
        assertEquals(new Effect.Load(FILE, "", Effect.Load.Reason.RELOAD), v.effect());
        v.send(new Msg.Edited(FILE, "vi exited with 1", true));
        assertEquals(Status.error("vi exited with 1"), v.state.status());
        assertEquals(1, v.effects.size(), "the file may have changed all the same");
    }

    @Test
    void aChangeOnDiskReloadsAndKeepsThePlace() {
        TestViewer v = TestViewer.open("notes.md", Docs.paragraphs(50), 80, 10);
        v.type("jjjjjjjjjjjj");
        String topText = v.state.page().lines().get(v.top()).text();

        v.send(new Msg.FileChanged(FILE));
        assertEquals(new Effect.Load(FILE, "", Effect.Load.Reason.RELOAD), v.effect());
        List<Block> blocks = new ArrayList<>(Docs.paragraphs(50).blocks());
        blocks.set(1, Docs.p(3, "para 1 (longer now)"));
        blocks.set(9, Docs.p(19, "new para 9"));
        Document changed = new Document(blocks, "Many");
        v.send(new Msg.Loaded(Source.file(FILE), changed, "", Effect.Load.Reason.RELOAD));

        assertEquals(topText, v.state.page().lines().get(v.top()).text());
        assertEquals("reloaded", v.status());
        assertTrue(v.screen().contains("new para 9"), v.screen());
    }

    @Test
    void aChangeToAFileNoLongerShownIsIgnored() {
        TestViewer v = TestViewer.open("notes.md", Docs.paragraphs(5), 80, 10);
        v.send(new Msg.FileChanged(TestViewer.DIR.resolve("other.md")));
        assertTrue(v.effects.isEmpty());
    }

    @Test
    void copySectionCopiesFileAndAnchorOfTheSectionBeingRead() {
        TestViewer v = TestViewer.open("notes.md", sections(), 80, 10);
        v.type("Y");
        assertEquals(new Effect.Copy("notes.md"), v.effect(), "above the first heading: the file");
        v.type("]]");
        v.type("jjj");
        v.type("Y");
        assertEquals(new Effect.Copy("notes.md#use"), v.effect());
        assertEquals("copied notes.md#use", v.status());
    }

    @Test
    void copySectionOfStdinIsJustTheAnchor() {
        TestViewer v = TestViewer.open("x.md", sections(), 80, 10);
        v.send(new Msg.Loaded(Source.stream("stdin", Path.of("/tmp")), sections(), "", Effect.Load.Reason.RELOAD));
        v.type("Y");
        assertTrue(v.effects.isEmpty());
        assertEquals("no section here to link to", v.status());
        v.type("]Y");
        assertEquals(new Effect.Copy("#install"), v.effect());
    }
}
