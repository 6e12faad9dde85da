package dev.folio.viewer;

import dev.folio.text.Graphemes;
import java.util.List;

/**
 * The search prompt ({@code /}), and moving between matches ({@code n}, {@code N}). Matches show
 * as the query is typed. A long page is searched off the thread that owns the state
 * ({@link Effect.Scan}): its matches arrive as they are found ({@link Msg.Found}), the count
 * growing in the prompt and the status line, and Esc stops it. A search that is shown and not
 * complete always has its scan running; one stopped by Esc is hidden, and {@code n} starts it again.
 */
final class SearchKeys {
    /** Pages longer than this are searched in the background; shorter ones at once, at every key. */
    static final int BACKGROUND_LINES = 5_000;
    /** The one background search: a new one replaces the one under way. */
    static final String SLOT = "search";

    private SearchKeys() {}

    static ViewerState start(ViewerState s) {
        return s.withPrompt(new Prompt("", s.search(), s.top())).withMode(Mode.SEARCH_INPUT);
    }

    static Step key(ViewerState s, Key key) {
        Prompt prompt = s.prompt();
        switch (key.kind()) {
            case ESCAPE:
                return cancel(s);
            case ENTER:
                return confirm(s);
            case BACKSPACE:
                if (prompt.text().isEmpty()) {
                    return cancel(s);
                }
                return typed(s, dropLastCluster(prompt.text()));
            case CHAR:
                if (key.ctrl() || key.alt() || Character.isISOControl(key.ch())) {
                    return Step.of(s);
                }
                return typed(s, prompt.text() + Character.toString(key.ch()));
            default:
                return Step.of(s);
        }
    }

    /** Whether {@code page} is searched in the background. */
    static boolean inBackground(dev.folio.layout.Page page) {
        return page.size() > BACKGROUND_LINES;
    }

    /** The background search of {@code query} in {@code page}: the matches so far as found, then all of them. */
    static Effect scan(dev.folio.layout.Page page, String query) {
        return new Effect.Scan(SLOT, post -> {
            List<Match> all = Searcher.scan(page, query, soFar -> post.accept(new Msg.Found(query, page, soFar, false)));
            if (all != null) {
                post.accept(new Msg.Found(query, page, all, true));
            }
        });
    }

    /**
     * {@code old}'s query in the page {@code s} now shows (laid out again): found at once in a
     * short page (match i is still match i), searched again in the background in a long one
     * (shown as before; a hidden search waits for {@code n}).
     */
    static Step again(ViewerState s, Search old) {
        if (old.query().isEmpty()) {
            return Step.of(s.withSearch(old));
        }
        if (!inBackground(s.page())) {
            return Step.of(s.withSearch(Reflow.research(old, s.page())));
        }
        Search restarted = new Search(old.query(), List.of(), -1, old.shown(), false);
        return old.shown() ? Step.of(s.withSearch(restarted), scan(s.page(), old.query())) : Step.of(s.withSearch(restarted));
    }

    /** Whether the search shown has a scan running for it. */
    static boolean running(Search search) {
        return !search.complete() && search.shown() && !search.query().isEmpty();
    }

    /** Esc: back to the search before {@code /}, its scan going on if it had one. */
    private static Step cancel(ViewerState s) {
        Prompt prompt = s.prompt();
        ViewerState back = s.withSearch(prompt.savedSearch()).withTop(prompt.savedTop()).reading();
        if (s.search() == prompt.savedSearch() || !inBackground(s.page())) {
            return Step.of(back); // nothing typed, or searched at once: nothing started or stopped
        }
        return Step.of(back, running(prompt.savedSearch()) ? scan(s.page(), prompt.savedSearch().query()) : new Effect.StopScan(SLOT));
    }

    /** Incremental search: the matches of what is typed so far, the first one from the old top shown. */
    private static Step typed(ViewerState s, String text) {
        ViewerState next = s.withPrompt(s.prompt().withText(text));
        if (text.isEmpty()) {
            ViewerState none = next.withSearch(Search.NONE).withTop(s.prompt().savedTop());
            return inBackground(s.page()) ? Step.of(none, new Effect.StopScan(SLOT)) : Step.of(none);
        }
        if (inBackground(s.page())) {
            return Step.of(next.withSearch(Search.started(text)).withTop(s.prompt().savedTop()), scan(s.page(), text));
        }
        List<Match> matches = Searcher.find(s.page(), text);
        if (matches.isEmpty()) {
            return Step.of(next.withSearch(new Search(text, matches, -1)).withTop(s.prompt().savedTop()));
        }
        int first = firstFrom(matches, s.prompt().savedTop());
        return Step.of(show(next.withSearch(new Search(text, matches, first < 0 ? 0 : first))));
    }

    /** Enter: an empty prompt repeats the last search. */
    private static Step confirm(ViewerState s) {
        Prompt prompt = s.prompt();
        String query = prompt.text().isEmpty() ? prompt.savedSearch().query() : prompt.text();
        ViewerState reading = s.withTop(prompt.savedTop()).reading();
        if (query.isEmpty()) {
            return Step.of(reading.withSearch(prompt.savedSearch()));
        }
        if (inBackground(s.page())) {
            Search typed = s.search();
            if (typed.query().equals(query) && typed.complete()) {
                return Step.of(confirmed(reading, typed.matches(), query, prompt.savedTop()));
            }
            if (running(typed) && typed.query().equals(query)) {
                ViewerState going = reading.withSearch(typed);
                return Step.of(searching(typed.current() >= 0 ? show(going) : going));
            }
            return Step.of(searching(reading.withSearch(Search.started(query))), scan(s.page(), query));
        }
        return Step.of(confirmed(reading, Searcher.find(s.page(), query), query, prompt.savedTop()));
    }

    /** The search is done: the first match from {@code origin} shown, or why there is none. */
    private static ViewerState confirmed(ViewerState reading, List<Match> matches, String query, int origin) {
        if (matches.isEmpty()) {
            return reading.withSearch(new Search(query, matches, -1))
                    .withStatus(Status.error("not found: " + Following.shown(query)));
        }
        int first = firstFrom(matches, origin);
        ViewerState found = show(reading.withSearch(new Search(query, matches, first < 0 ? 0 : first)));
        return first < 0 ? withCount(found, " (from the top)") : withCount(found, "");
    }

    /**
     * More matches from the background search: the first one from where the reader was is shown
     * as soon as it is found; the count grows. Matches of another query or page are stale.
     */
    static ViewerState found(ViewerState s, Msg.Found f) {
        Search search = s.search();
        if (!search.query().equals(f.query()) || f.page() != s.page() || !running(search)) {
            return s; // another search, another page, or stopped by Esc
        }
        boolean typing = s.mode() == Mode.SEARCH_INPUT && s.prompt() != null;
        int origin = typing ? s.prompt().savedTop() : s.top();
        int current = search.current();
        String note = "";
        if (current < 0) {
            current = firstFrom(f.matches(), origin);
            if (current < 0 && f.done() && !f.matches().isEmpty()) {
                current = 0;
                note = " (from the top)";
            }
        }
        ViewerState next = s.withSearch(search.found(f.matches(), current, f.done()));
        if (current >= 0 && search.current() < 0 && search.shown()) {
            next = show(next);
        }
        if (typing || !isAboutTheSearch(s.status())) {
            return next; // the prompt shows the count; a message the reader has not read yet stays
        }
        if (!f.done()) {
            return searching(next);
        }
        if (f.matches().isEmpty()) {
            return next.withStatus(Status.error("not found: " + Following.shown(f.query())));
        }
        return withCount(next, note);
    }

    private static boolean isAboutTheSearch(Status status) {
        return status.isEmpty() || status.kind() == Status.Kind.PROGRESS
                && (status.text().startsWith("match ") || status.text().startsWith(SEARCHING));
    }

    private static final String SEARCHING = "searching… ";

    /** The status while the search goes on: the current match of those found so far, Esc to stop. */
    private static ViewerState searching(ViewerState s) {
        Search search = s.search();
        String found = search.current() >= 0 ? "match " + (search.current() + 1) + "/" + search.matches().size() + "…"
                : SEARCHING + search.matches().size() + " found";
        return s.withStatus(Status.progress(found + " · Esc stops"));
    }

    /** What the prompt says after the query: the current match and the count, growing while the search goes on. */
    static String hint(ViewerState s) {
        Search search = s.search();
        if (s.prompt() == null || s.prompt().text().isEmpty() || !search.query().equals(s.prompt().text())) {
            return "";
        }
        String more = search.complete() ? "" : "…";
        if (search.matches().isEmpty()) {
            return search.complete() ? "   not found" : "   searching…";
        }
        if (search.current() < 0) {
            return "   " + search.matches().size() + " found" + more; // none yet below where the reader was
        }
        return "   match " + (search.current() + 1) + "/" + search.matches().size() + more;
    }

    /** {@code n} and {@code N}; a search that Esc stopped goes on again. */
    static Step next(ViewerState s, int direction) {
        Search search = s.search();
        ViewerState moved = step(s, direction);
        if (!search.complete() && !search.shown() && !search.query().isEmpty()) {
            Search shown = moved.search().withCurrent(moved.search().current()); // shown again: its scan runs
            return Step.of(searching(moved.withSearch(shown)), scan(s.page(), search.query()));
        }
        return Step.of(moved);
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
            return s;
        }
        return s.withTop(m.line());
    }

    private static ViewerState withCount(ViewerState s, String note) {
        Search search = s.search();
        String more = search.complete() ? "" : " so far";
        return s.withStatus(Status.info("match " + (search.current() + 1) + "/" + search.matches().size() + more + note));
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
