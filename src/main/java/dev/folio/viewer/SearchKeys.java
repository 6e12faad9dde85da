package dev.folio.viewer;

import dev.folio.text.Graphemes;
import java.util.List;

/** The search prompt ({@code /}), and moving between matches ({@code n}, {@code N}). */
final class SearchKeys {
    /** Above this many lines, the page is searched on Enter only, not at every key. */
    private static final int INCREMENTAL_LIMIT = 200_000;

    private SearchKeys() {}

    static ViewerState start(ViewerState s) {
        return s.withPrompt(new Prompt("", s.search(), s.top())).withMode(Mode.SEARCH_INPUT);
    }

    static Step key(ViewerState s, Key key) {
        Prompt prompt = s.prompt();
        switch (key.kind()) {
            case ESCAPE:
                return Step.of(cancel(s));
            case ENTER:
                return Step.of(confirm(s));
            case BACKSPACE:
                if (prompt.text().isEmpty()) {
                    return Step.of(cancel(s));
                }
                return Step.of(typed(s, dropLastCluster(prompt.text())));
            case CHAR:
                if (key.ctrl() || key.alt() || Character.isISOControl(key.ch())) {
                    return Step.of(s);
                }
                return Step.of(typed(s, prompt.text() + Character.toString(key.ch())));
            default:
                return Step.of(s);
        }
    }

    private static ViewerState cancel(ViewerState s) {
        Prompt prompt = s.prompt();
        return s.withSearch(prompt.savedSearch()).withTop(prompt.savedTop()).reading();
    }

    /** Incremental search: the matches of what is typed so far, the first one from the old top shown. */
    private static ViewerState typed(ViewerState s, String text) {
        ViewerState next = s.withPrompt(s.prompt().withText(text));
        if (s.page().size() > INCREMENTAL_LIMIT) {
            return next;
        }
        if (text.isEmpty()) {
            return next.withSearch(Search.NONE).withTop(s.prompt().savedTop());
        }
        List<Match> matches = Searcher.find(s.page(), text);
        if (matches.isEmpty()) {
            return next.withSearch(new Search(text, matches, -1)).withTop(s.prompt().savedTop());
        }
        int first = firstFrom(matches, s.prompt().savedTop());
        return show(next.withSearch(new Search(text, matches, first < 0 ? 0 : first)));
    }

    /** Enter: an empty prompt repeats the last search. */
    private static ViewerState confirm(ViewerState s) {
        Prompt prompt = s.prompt();
        String query = prompt.text().isEmpty() ? prompt.savedSearch().query() : prompt.text();
        ViewerState reading = s.withTop(prompt.savedTop()).reading();
        if (query.isEmpty()) {
            return reading.withSearch(prompt.savedSearch());
        }
        List<Match> matches = Searcher.find(s.page(), query);
        if (matches.isEmpty()) {
            return reading.withSearch(new Search(query, matches, -1))
                    .withStatus(Status.error("not found: " + Following.shown(query)));
        }
        int first = firstFrom(matches, prompt.savedTop());
        ViewerState found = show(reading.withSearch(new Search(query, matches, first < 0 ? 0 : first)));
        return first < 0 ? withCount(found, " (from the top)") : withCount(found, "");
    }

    /** {@code n} (+1) and {@code N} (-1), wrapping around with a message. */
    static ViewerState step(ViewerState s, int direction) {
        Search search = s.search();
        if (search.query().isEmpty()) {
            return s.withStatus(Status.info("no search yet (press /)"));
        }
        if (!search.isActive()) {
            return s.withStatus(Status.error("not found: " + Following.shown(search.query())));
        }
        int n = search.matches().size();
        int next = search.current() + direction;
        String wrapped = "";
        if (search.current() < 0) {
            next = direction > 0 ? 0 : n - 1;
        } else if (next >= n) {
            next = 0;
            wrapped = " (wrapped to the top)";
        } else if (next < 0) {
            next = n - 1;
            wrapped = " (wrapped to the end)";
        }
        return withCount(show(s.withSearch(search.withCurrent(next))), wrapped);
    }

    /** Scrolls the current match into view: to the top of the screen if it was off screen. */
    private static ViewerState show(ViewerState s) {
        Match m = s.search().matches().get(s.search().current());
        if (s.isVisible(m.line()) && s.isVisible(m.lastLine())) {
            return SidewaysScroll.reveal(s, m);
        }
        return SidewaysScroll.reveal(s.withTop(m.line()), m);
    }

    private static ViewerState withCount(ViewerState s, String note) {
        Search search = s.search();
        return s.withStatus(Status.info("match " + (search.current() + 1) + "/" + search.matches().size() + note));
    }

    /** The first match on or below {@code line}, or -1. */
    static int firstFrom(List<Match> matches, int line) {
        int lo = 0;
        int hi = matches.size();
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (matches.get(mid).line() < line) {
                lo = mid + 1;
            } else {
                hi = mid;
            }
        }
        return lo < matches.size() ? lo : -1;
    }

    private static String dropLastCluster(String text) {
        int last = 0;
        for (int i = 0; i < text.length(); i = Graphemes.next(text, i)) {
            last = i;
        }
        return text.substring(0, last);
    }
}
