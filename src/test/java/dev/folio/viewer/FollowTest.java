package dev.folio.viewer;

import dev.folio.doc.Source;
import dev.folio.open.TargetKind;
import static dev.folio.viewer.Docs.doc;
import static dev.folio.viewer.Docs.h;
import static dev.folio.viewer.Docs.link;
import static dev.folio.viewer.Docs.note;
import static dev.folio.viewer.Docs.notes;
import static dev.folio.viewer.Docs.p;
import static dev.folio.viewer.Docs.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FollowTest {
    private static final Path A = TestViewer.DIR.resolve("a.md");
    private static final Path B = TestViewer.DIR.resolve("sub/b.md");

    /** a.md: links at the top, a long middle, a section "Later" with a footnote mark, notes. */
    static Document a() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(h(1, "Alpha", "alpha", 1));
        blocks.add(p(3, text("go "), link("to later", "#later"), text(" or "), link("to b", "sub/b.md#part-two"),
                text(" or "), link("web", "https://example.com/x")));
        for (int i = 0; i < 30; i++) {
            blocks.add(p(5 + 2 * i, "filler " + i));
        }
        blocks.add(h(2, "Later", "later", 70));
        blocks.add(p(72, text("a claim"), note(1), text(" and "), link("missing", "#nowhere")));
        for (int i = 0; i < 20; i++) {
            blocks.add(p(74 + 2 * i, "more " + i));
        }
        blocks.add(notes(120, "the note"));
        return doc("Alpha", blocks.toArray(new Block[0]));
    }

    static Document b() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(h(1, "Bravo", "bravo", 1));
        blocks.add(p(3, text("back to "), link("a", "../a.md")));
        for (int i = 0; i < 30; i++) {
            blocks.add(p(5 + 2 * i, "bravo " + i));
        }
        blocks.add(h(2, "Part two", "part-two", 70));
        blocks.add(p(72, "the second part"));
        for (int i = 0; i < 20; i++) {
            blocks.add(p(74 + 2 * i, "tail " + i));
        }
        return doc("Bravo", blocks.toArray(new Block[0]));
    }

    private static TestViewer viewer() {
        return TestViewer.open("a.md", a(), 40, 10);
    }

    private static int line(TestViewer v, String anchor) {
        return v.state.page().anchors().get(anchor);
    }

    @Test
    void anAnchorLinkScrollsItsHeadingToTheTopAndBackReturns() {
        TestViewer v = viewer();
        v.key(Key.Kind.TAB).key(Key.Kind.ENTER);
        assertEquals(line(v, "later"), v.top());
        assertTrue(v.effects.isEmpty());
        v.key(Key.Kind.BACKSPACE);
        assertEquals(0, v.top());
        assertEquals("to later", v.focusedText(), "the focus comes back with the position");
        v.key(Key.alt(Key.Kind.RIGHT));
        assertEquals(line(v, "later"), v.top());
    }

    @Test
    void aFootnoteMarkGoesToTheNoteAndItsBackLinkReturns() {
        TestViewer v = viewer();
        v.type("]");
        assertEquals(line(v, "later"), v.top());
        v.key(Key.Kind.TAB);
        assertEquals("[1]", v.focusedText());
        v.key(Key.Kind.ENTER);
        assertTrue(v.state.isVisible(line(v, "fn-1")), "the note is on screen");
        assertEquals("↩", v.focusedText(), "the back link is focused, so Enter returns");
        v.key(Key.Kind.ENTER);
        assertTrue(v.state.isVisible(line(v, "fnref-1")));
        assertEquals("[1]", v.focusedText());
    }

    @Test
    void theNotesBackLinkReturnsToTheScrollPositionTheReaderLeft() {
        TestViewer v = viewer();
        v.type("]").type("kk");
        int top = v.top();
        assertTrue(v.state.isVisible(line(v, "fnref-1")), "the reference is on screen, not at the top");
        v.key(Key.Kind.TAB);
        assertEquals("[1]", v.focusedText());
        v.key(Key.Kind.ENTER).key(Key.Kind.ENTER);
        assertEquals(top, v.top(), "back where the reader was, not with the reference at the top");
        assertEquals("[1]", v.focusedText());
        v.key(Key.alt(Key.Kind.RIGHT));
        assertTrue(v.state.isVisible(line(v, "fn-1")), "history as after a jump and back: forward is the note");
    }

    @Test
    void aMissingAnchorIsReportedAndNothingMoves() {
        TestViewer v = viewer();
        v.type("]").key(Key.Kind.TAB).key(Key.Kind.TAB);
        assertEquals("missing", v.focusedText());
        int top = v.top();
        v.key(Key.Kind.ENTER);
        assertEquals(top, v.top());
        assertTrue(v.status().contains("#nowhere"), v.status());
        assertEquals(Status.Kind.ERROR, v.state.status().kind());
    }

    @Test
    void aRelativeDocumentLinkAsksToLoadItResolvedAgainstTheDocument() {
        TestViewer v = viewer();
        v.key(Key.Kind.TAB).key(Key.Kind.TAB).key(Key.Kind.ENTER);
        assertEquals(new Effect.Load(B, "part-two", Effect.Load.Reason.FOLLOW), v.effect());
    }

    @Test
    void escWhileADocumentLoadsCancelsTheLoadAndSaysSo() {
        TestViewer v = viewer();
        v.key(Key.Kind.TAB).key(Key.Kind.TAB).key(Key.Kind.ENTER);
        v.key(Key.ch('j'));
        assertEquals("loading /docs/sub/b.md… · Esc cancels", v.status(), "a load that hangs says how to give it up, whatever the keys");
        v.key(Key.Kind.ESCAPE);
        assertEquals(new Effect.CancelLoad(), v.effect(), "Esc gives up a load that may never end (a FIFO)");
        assertEquals("cancelling…", v.status());
        v.send(new Msg.LoadFailed(B.toString(), "cancelled " + B));
        assertEquals("cancelled " + B, v.status());
        assertEquals("Alpha", v.state.document().title(), "the reader stays where they were");
    }

    @Test
    void backAndForwardAcrossDocumentsRestorePositionAndFocus() {
        TestViewer v = viewer();
        v.key(Key.Kind.TAB).key(Key.Kind.TAB);
        v.type("jj");
        assertEquals("to b", v.focusedText());
        v.key(Key.Kind.ENTER);
        v.send(new Msg.Loaded(Source.file(B), b(), "part-two", Effect.Load.Reason.FOLLOW));
        assertEquals("Bravo", v.state.document().title());
        assertEquals(line(v, "part-two"), v.top(), "the anchor after load is at the top");
        assertEquals(1, v.state.history().back().size());

        v.key(Key.Kind.BACKSPACE);
        assertEquals(new Effect.Load(A, "", Effect.Load.Reason.BACK), v.effect());
        v.send(new Msg.Loaded(Source.file(A), a(), "", Effect.Load.Reason.BACK));
        assertEquals("Alpha", v.state.document().title());
        assertEquals(2, v.top());
        assertEquals("to b", v.focusedText());
        assertEquals(0, v.state.history().back().size());

        v.key(Key.alt(Key.Kind.RIGHT));
        assertEquals(new Effect.Load(B, "", Effect.Load.Reason.FORWARD), v.effect());
        v.send(new Msg.Loaded(Source.file(B), b(), "", Effect.Load.Reason.FORWARD));
        assertEquals(line(v, "part-two"), v.top(), "forward restores the position, not the top");
        assertEquals(1, v.state.history().back().size());
        assertTrue(v.state.history().forward().isEmpty());
    }

    @Test
    void aFailedLoadLeavesHistoryAndPageAlone() {
        TestViewer v = viewer();
        v.key(Key.Kind.TAB).key(Key.Kind.TAB).key(Key.Kind.ENTER);
        v.send(new Msg.LoadFailed(B.toString(), "cannot open sub/b.md: no such file"));
        assertEquals("Alpha", v.state.document().title());
        assertTrue(v.state.history().back().isEmpty());
        assertEquals("cannot open sub/b.md: no such file", v.status());
        assertEquals(Status.Kind.ERROR, v.state.status().kind());
    }

    @Test
    void goingBackToStdinNeedsNoReload() {
        Collaborators env = new Collaborators(new dev.folio.open.LinkResolver(TestViewer.EVERY_FILE_PLAIN), new MiniLayout());
        ViewerState s = ViewerState.initial(env, ViewerOptions.defaults(), 40, 10);
        Document piped = doc("Piped", h(1, "Piped", "piped", 1), p(3, text("see "), link("b", "sub/b.md")));
        s = Update.apply(s, new Msg.Loaded(Source.stream("stdin", TestViewer.DIR), piped, "", Effect.Load.Reason.FOLLOW)).state();
        s = Update.apply(s, new Msg.KeyPressed(Key.of(Key.Kind.TAB))).state();
        Step follow = Update.apply(s, new Msg.KeyPressed(Key.of(Key.Kind.ENTER)));
        assertEquals(new Effect.Load(B, "", Effect.Load.Reason.FOLLOW), follow.effects().get(0));
        s = Update.apply(follow.state(), new Msg.Loaded(Source.file(B), b(), "", Effect.Load.Reason.FOLLOW)).state();
        Step back = Update.apply(s, new Msg.KeyPressed(Key.of(Key.Kind.BACKSPACE)));
        assertTrue(back.effects().isEmpty(), "stdin cannot be read again, so history kept it");
        assertEquals("Piped", back.state().document().title());
        assertEquals("b", back.state().page().links().get(back.state().focus()).text());
        assertNull(back.state().source().path());
    }

    @Test
    void aLinkToTheSameFileJustJumps() {
        Document self = doc("Self", h(1, "Self", "self", 1), p(3, link("end", "a.md#end")), p(5, "x"), h(2, "End", "end", 7));
        TestViewer v = TestViewer.open("a.md", self, 40, 3);
        v.key(Key.Kind.TAB).key(Key.Kind.ENTER);
        assertTrue(v.effects.isEmpty());
        assertEquals(v.state.maxTop(), v.top(), "as far as the end heading can come up");
    }

    @Test
    void webLinksOpenExternally() {
        TestViewer v = viewer();
        v.key(Key.Kind.TAB).key(Key.Kind.TAB).key(Key.Kind.TAB).key(Key.Kind.ENTER);
        assertEquals(new Effect.OpenExternal("https://example.com/x", TargetKind.WEB), v.effect());
        v.send(new Msg.OpenResult("opened https://example.com/x with firefox", false));
        assertEquals("opened https://example.com/x with firefox", v.status());
        List<Frame.Row> rows = v.frame().rows();
        String lastTwo = rows.get(rows.size() - 2).text().strip() + " " + rows.get(rows.size() - 1).text().strip();
        assertTrue(lastTwo.contains("opened https://example.com/x"), "on the status line, or its second row: " + lastTwo);
    }

    @Test
    void aMarkdownLinkCanBeOpenedExternallyOnRequest() {
        TestViewer v = viewer();
        v.key(Key.Kind.TAB).key(Key.Kind.TAB).type("O");
        assertEquals(new Effect.OpenExternal(B.toString(), TargetKind.DOCUMENT), v.effect());
    }

    @Test
    void copyPutsTheResolvedAddressOnTheClipboard() {
        TestViewer v = viewer();
        v.key(Key.Kind.TAB).key(Key.Kind.TAB).type("y");
        assertEquals(new Effect.Copy(B + "#part-two"), v.effect());
        v.key(Key.Kind.TAB).type("y");
        assertEquals(new Effect.Copy("https://example.com/x"), v.effect());
    }

    @Test
    void enterWithoutAFocusedLinkExplains() {
        TestViewer v = viewer();
        v.key(Key.Kind.ENTER);
        assertTrue(v.effects.isEmpty());
        assertTrue(v.status().contains("Tab"), v.status());
    }

    @Test
    void reloadKeepsThePlace() {
        TestViewer v = viewer();
        v.type("jjjjj");
        v.type("r");
        assertEquals(new Effect.Load(A, "", Effect.Load.Reason.RELOAD), v.effect());
        v.send(new Msg.Loaded(Source.file(A), a(), "", Effect.Load.Reason.RELOAD));
        assertEquals(5, v.top());
        assertTrue(v.state.history().back().isEmpty(), "a reload is not a new place");
    }

    @Test
    void stdinCannotBeReloaded() {
        Collaborators env = new Collaborators(new dev.folio.open.LinkResolver(TestViewer.EVERY_FILE_PLAIN), new MiniLayout());
        ViewerState s = ViewerState.initial(env, ViewerOptions.defaults(), 40, 10);
        s = Update.apply(s, new Msg.Loaded(Source.stream("stdin", TestViewer.DIR), a(), "", Effect.Load.Reason.FOLLOW)).state();
        Step r = Update.apply(s, new Msg.KeyPressed(Key.ch('r')));
        assertTrue(r.effects().isEmpty());
        assertTrue(r.state().status().text().contains("stdin"));
    }

    @Test
    void backWithNoHistorySaysSo() {
        TestViewer v = viewer();
        v.key(Key.Kind.BACKSPACE);
        assertTrue(v.effects.isEmpty());
        assertTrue(v.status().contains("nothing to go back to"));
    }
}
