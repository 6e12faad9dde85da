package dev.folio.viewer;

import static dev.folio.viewer.Docs.doc;
import static dev.folio.viewer.Docs.h;
import static dev.folio.viewer.Docs.link;
import static dev.folio.viewer.Docs.p;
import static dev.folio.viewer.Docs.text;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import dev.folio.doc.Source;
import dev.folio.open.LinkResolver;
import dev.folio.open.TargetKind;
import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Web links read in folio: which go to the browser, fetch progress and Esc, history, reload, Y, the status line. */
class WebFollowTest {
    private static final URI ARTICLE = URI.create("https://news.example/2024/article.html");
    private static final URI NOTES = URI.create("https://news.example/2024/notes.md");

    /** A web article whose links are absolute, as the web package leaves them. */
    static Document article() {
        List<Block> blocks = new ArrayList<>();
        blocks.add(h(1, "Bridges", "bridges", 0));
        blocks.add(p(0, link("notes", NOTES + "#more"), text(" "), link("page", "https://other.example/post"),
                text(" "), link("costs", ARTICLE + "#costs")));
        for (int i = 0; i < 40; i++) {
            blocks.add(p(0, "filler " + i));
        }
        blocks.add(h(2, "Costs", "costs", 0));
        for (int i = 0; i < 40; i++) {
            blocks.add(p(0, "tail " + i));
        }
        return doc("Bridges", blocks.toArray(new Block[0]));
    }

    static Document notes() {
        return doc("Notes", h(1, "Notes", "notes", 0), p(0, "some notes"), h(2, "More", "more", 0), p(0, "more"));
    }

    private static TestViewer viewer(Collaborators.WebPages pages) {
        Collaborators env = new Collaborators(new LinkResolver(TestViewer.EVERY_FILE_PLAIN), new MiniLayout(), KeyMap.defaults(), pages);
        TestViewer v = TestViewer.of(ViewerState.initial(env, ViewerOptions.defaults(), 60, 12));
        return v.send(new Msg.Loaded(Source.web(ARTICLE, Path.of("/")), article(), "", Effect.Load.Reason.FOLLOW));
    }

    private static TestViewer focus(TestViewer v, int tabs) {
        for (int i = 0; i < tabs; i++) {
            v.key(Key.Kind.TAB);
        }
        return v;
    }

    @Test
    void aMarkdownLinkIsFetchedInFolioAndAnHtmlPageGoesToTheBrowser() {
        TestViewer v = focus(viewer(Collaborators.WebPages.BROWSER), 1).key(Key.Kind.ENTER);
        assertEquals(new Effect.Fetch(NOTES.resolve("#more"), "more", Effect.Load.Reason.FOLLOW), v.effect());
        assertTrue(v.state.status().text().startsWith("fetching https://news.example/2024/notes.md#more…"), v.state.status().text());
        TestViewer w = focus(viewer(Collaborators.WebPages.BROWSER), 2).key(Key.Kind.ENTER);
        assertEquals(new Effect.OpenExternal("https://other.example/post", TargetKind.WEB), w.effect());
    }

    @Test
    void wReadsAnHtmlPageInFolioAndTheConfigCanMakeThatTheDefault() {
        TestViewer v = focus(viewer(Collaborators.WebPages.BROWSER), 2).key(Key.ch('w'));
        assertEquals(new Effect.Fetch(URI.create("https://other.example/post"), "", Effect.Load.Reason.FOLLOW), v.effect());
        TestViewer f = focus(viewer(Collaborators.WebPages.FOLIO), 2).key(Key.Kind.ENTER);
        assertEquals(new Effect.Fetch(URI.create("https://other.example/post"), "", Effect.Load.Reason.FOLLOW), f.effect());
    }

    @Test
    void aLinkToThisPagesOwnSectionJumpsWithoutFetching() {
        TestViewer v = focus(viewer(Collaborators.WebPages.BROWSER), 3).key(Key.Kind.ENTER);
        assertEquals(List.of(), v.effects);
        assertTrue(v.state.top() > 0, "jumped to #costs");
    }

    @Test
    void progressShowsInTheStatusLineAndEscCancels() {
        TestViewer v = focus(viewer(Collaborators.WebPages.BROWSER), 1).key(Key.Kind.ENTER);
        v.send(new Msg.Fetching(NOTES, 12 * 1024, 40 * 1024));
        assertEquals("fetching news.example/2024/notes.md… 12 KiB of 40 KiB (30%) · Esc cancels", v.state.status().text());
        v.key(Key.ch('j'));
        assertTrue(v.state.status().text().startsWith("fetching"), "progress outlasts other keys");
        v.key(Key.Kind.ESCAPE);
        assertEquals(new Effect.CancelFetch(), v.effect());
        v.send(new Msg.LoadFailed(NOTES.toString(), "cancelled " + NOTES));
        assertEquals(Status.error("cancelled " + NOTES), v.state.status());
        v.send(new Msg.Fetching(NOTES, 20 * 1024, 40 * 1024));
        assertEquals(Status.error("cancelled " + NOTES), v.state.status(), "late news of a finished fetch changes nothing");
        assertEquals(ARTICLE, v.state.source().url(), "still reading the article");
    }

    @Test
    void backAndForwardAcrossWebDocumentsKeepThePlace() {
        TestViewer v = focus(viewer(Collaborators.WebPages.BROWSER), 1);
        v.key(Key.Kind.ENTER);
        v.send(new Msg.Loaded(Source.web(NOTES, Path.of("/")), notes(), "more", Effect.Load.Reason.FOLLOW));
        assertEquals(NOTES, v.state.source().url());
        v.key(Key.Kind.BACKSPACE);
        Effect back = v.effects.isEmpty() ? null : v.effect();
        if (back != null) {
            assertEquals(new Effect.Fetch(ARTICLE, "", Effect.Load.Reason.BACK), back);
            v.send(new Msg.Loaded(Source.web(ARTICLE, Path.of("/")), article(), "", Effect.Load.Reason.BACK));
        }
        assertEquals(ARTICLE, v.state.source().url());
        assertEquals(0, v.state.focus(), "the link followed is selected again");
    }

    @Test
    void reloadAsksTheNetworkAgain() {
        TestViewer v = viewer(Collaborators.WebPages.BROWSER).key(Key.ch('r'));
        assertEquals(new Effect.Fetch(ARTICLE, "", Effect.Load.Reason.RELOAD), v.effect());
    }

    @Test
    void yGivesTheUrlWithTheSectionAnchor() {
        TestViewer v = viewer(Collaborators.WebPages.BROWSER).key(Key.ch('G')).key(Key.ch('Y'));
        assertEquals(new Effect.Copy(ARTICLE + "#costs"), v.effect());
    }

    @Test
    void theStatusLineShowsTheUrl() {
        TestViewer v = viewer(Collaborators.WebPages.BROWSER);
        assertTrue(v.statusRow().contains("https://news.example/2024/article.html"), v.statusRow());
    }
}
