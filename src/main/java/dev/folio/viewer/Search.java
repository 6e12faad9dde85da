package dev.folio.viewer;

import java.util.List;

/**
 * The search in effect: its query, every match in the page and the current one (-1 for none).
 * {@code shown} is false after Esc cleared the highlights: {@code n} and {@code N} still use the
 * query, and show the matches again. {@code complete} is false while a long page is still being
 * searched in the background ({@link Msg.Found} brings more matches), or when that was stopped.
 */
public record Search(String query, List<Match> matches, int current, boolean shown, boolean complete) {
    public static final Search NONE = new Search("", List.of(), -1);

    public Search {
        matches = List.copyOf(matches);
    }

    public Search(String query, List<Match> matches, int current) {
        this(query, matches, current, true, true);
    }

    public Search(String query, List<Match> matches, int current, boolean shown) {
        this(query, matches, current, shown, true);
    }

    /** A search of {@code query} just started in the background: no matches yet. */
    static Search started(String query) {
        return new Search(query, List.of(), -1, true, false);
    }

    /** The same search with its highlights off (Esc). */
    public Search hidden() {
        return new Search(query, matches, current, false, complete);
    }

    /** The same query's matches in a new page, shown as before. */
    public Search withMatches(List<Match> newMatches, int newCurrent) {
        return new Search(query, newMatches, newCurrent, shown, true);
    }

    /** More matches found in the background (all of them so far, in page order). */
    Search found(List<Match> newMatches, int newCurrent, boolean done) {
        return new Search(query, newMatches, newCurrent, shown, done);
    }

    public boolean isActive() {
        return !matches.isEmpty();
    }

    /** Moves to match {@code index}, showing the matches. */
    public Search withCurrent(int index) {
        return new Search(query, matches, index, true, complete);
    }
}
