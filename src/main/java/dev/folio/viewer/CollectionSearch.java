package dev.folio.viewer;

import dev.folio.library.SearchHit;
import dev.folio.state.Bookmark;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Searching the whole collection from the viewer: a prompt, the search in the background
 * ({@link Effect.SearchCollection}, progress in the status line), the results as a list; Enter
 * opens the document at the matching line with the match as the document's search, so {@code n}
 * goes on from there.
 */
final class CollectionSearch {
    private CollectionSearch() {}

    static ViewerState start(ViewerState s) {
        if (root(s) == null) {
            return s.withStatus(Status.info("no collection to search here"));
        }
        return s.withPrompt(new Prompt("", s.search(), s.top())).withMode(Mode.COLLECTION_QUERY);
    }

    /**
     * From the library view: the search prompt, holding the filter typed so far (Enter searches
     * the documents' text for it; it can be edited first).
     */
    static ViewerState startWith(ViewerState s, String filter) {
        if (root(s) == null || filter == null || filter.isBlank()) {
            return start(s);
        }
        return s.withPrompt(new Prompt(filter, s.search(), s.top())).withMode(Mode.COLLECTION_QUERY);
    }

    /** The folder searched: the collection's index folder, the library's folder, or the document's. */
    static Path root(ViewerState s) {
        if (s.shelf().library() != null && (s.mode() == Mode.LIBRARY || LibraryKeys.isFolder(s.source()))) {
            return s.shelf().library().dir(); // the library view, or a prompt or list opened from it
        }
        if (s.source() == null || s.source().path() == null) {
            return s.shelf().library() == null ? null : s.shelf().library().dir();
        }
        return Articles.order(s).flatMap(o -> o.index()).map(Path::getParent).orElse(s.source().path().getParent());
    }

    static Step key(ViewerState s, Key key) {
        String text = s.prompt() == null ? "" : s.prompt().text();
        ViewerState back = Lists.closed(s);
        switch (key.kind()) {
            case ESCAPE:
                return Step.of(back);
            case ENTER:
                if (text.isBlank()) {
                    return Step.of(back);
                }
                Path root = root(s);
                return Step.of(back.withStatus(Status.progress("searching " + Following.shown(root.toString()) + "…")),
                        new Effect.SearchCollection(root, text));
            case BACKSPACE:
                if (text.isEmpty()) {
                    return Step.of(back);
                }
                return Step.of(s.withPrompt(s.prompt().withText(text.substring(0, text.offsetByCodePoints(text.length(), -1)))));
            case CHAR:
                if (key.ctrl() || key.alt() || Character.isISOControl(key.ch())) {
                    return Step.of(s);
                }
                return Step.of(s.withPrompt(s.prompt().withText(text + Character.toString(key.ch()))));
            default:
                return Step.of(s);
        }
    }

    /** The index being brought up to date (in the background, or before a search): in the status line until done. */
    static ViewerState progress(ViewerState s, Msg.SearchProgress msg) {
        if (msg.done() >= msg.total()) {
            boolean ours = s.status().kind() == Status.Kind.PROGRESS && s.status().text().startsWith(INDEXING);
            return ours ? s.withStatus(Status.NONE) : s;
        }
        if (!s.status().isEmpty() && s.status().kind() != Status.Kind.PROGRESS) {
            return s; // a message the reader has not seen for a key yet wins over the background's progress
        }
        return s.withStatus(Status.progress(INDEXING + msg.done() + "/" + msg.total()));
    }

    private static final String INDEXING = "indexing the collection… ";

    static ViewerState results(ViewerState s, Msg.SearchResults msg) {
        ViewerState t = s.withShelf(s.shelf().withHits(msg.query(), msg.hits()));
        String notices = String.join("; ", msg.notices());
        if (msg.hits().isEmpty()) {
            return t.withStatus(Status.info((notices.isEmpty() ? "" : notices + "; ") + "nothing found for " + Following.shown(msg.query())));
        }
        if (s.mode() != Mode.READING && s.mode() != Mode.LIBRARY) {
            return t;
        }
        String count = msg.total() > msg.hits().size() ? "the best " + msg.hits().size() + " of " + msg.total()
                : msg.total() + (msg.total() == 1 ? " document" : " documents");
        return t.withMode(Mode.SEARCH_RESULTS).withSelection(0)
                .withStatus(Status.info((notices.isEmpty() ? "" : notices + "; ") + count));
    }

    static List<String> items(ViewerState s) {
        List<String> out = new ArrayList<>();
        for (SearchHit h : s.shelf().hits()) {
            Path name = h.path().getFileName();
            String where = (name == null ? h.path().toString() : name.toString()) + (h.line() > 0 ? ":" + h.line() : "");
            out.add(h.title() + "  " + Following.shown(where) + (h.text().isEmpty() ? "" : "  " + h.text()));
        }
        return out;
    }

    /** Enter on a result: its document at the matching line, the match as the document's search. */
    static Step open(ViewerState s) {
        List<SearchHit> hits = s.shelf().hits();
        if (s.selection() < 0 || s.selection() >= hits.size()) {
            return Step.of(Lists.closed(s));
        }
        SearchHit hit = hits.get(s.selection());
        String match = hit.matches().isEmpty() ? "" : hit.text().substring(hit.matches().get(0)[0], hit.matches().get(0)[1]);
        ViewerState reading = s.reading();
        Bookmark place = new Bookmark(hit.path(), Math.max(1, hit.line()), "", hit.text(), Instant.now());
        ViewerState opening = reading.withShelf(reading.shelf().withOpening(place).withPendingSearch(match));
        return Step.of(opening.withStatus(Status.info("loading " + Following.shown(String.valueOf(hit.path().getFileName())) + "…")),
                new Effect.Load(hit.path(), "", Effect.Load.Reason.FOLLOW));
    }

    /** After the document of a result arrived: its match is the search, so n goes on from there. */
    static ViewerState searched(ViewerState s, String query) {
        if (query == null || query.isEmpty()) {
            return s;
        }
        List<Match> matches = Searcher.find(s.page(), query);
        if (matches.isEmpty()) {
            return s;
        }
        int first = SearchKeys.firstFrom(matches, s.top());
        return s.withSearch(new Search(query, matches, first < 0 ? 0 : first));
    }
}
