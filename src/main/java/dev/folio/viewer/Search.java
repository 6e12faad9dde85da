package dev.folio.viewer;

import java.util.List;

/**
 * The search in effect: its query, every match in the page and the current one (-1 for none).
 * {@code shown} is false after Esc cleared the highlights: {@code n} and {@code N} still use the
 * query, and show the matches again.
 */
public record Search(String query, List<Match> matches, int current, boolean shown) {
    public static final Search NONE = new Search("", List.of(), -1);

    public Search {
        matches = List.copyOf(matches);
    }

    public Search(String query, List<Match> matches, int current) {
        this(query, matches, current, true);
    }

    /** The same search with its highlights off (Esc). */
    public Search hidden() {
        return new Search(query, matches, current, false);
    }

    /** The same query's matches in a new page, shown as before. */
    public Search withMatches(List<Match> newMatches, int newCurrent) {
        return new Search(query, newMatches, newCurrent, shown);
    }

    public boolean isActive() {
        return !matches.isEmpty();
    }

    /** Moves to match {@code index}, showing the matches. */
    public Search withCurrent(int index) {
        return new Search(query, matches, index, true);
    }
}
