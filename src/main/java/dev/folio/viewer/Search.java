package dev.folio.viewer;

import java.util.List;

/**
 * The search in effect: its query, every match in the page and the current one (-1 for none).
 */
public record Search(String query, List<Match> matches, int current) {
    public static final Search NONE = new Search("", List.of(), -1);

    public Search {
        matches = List.copyOf(matches);
    }

    public boolean isActive() {
        return !matches.isEmpty();
    }

    public Search withCurrent(int index) {
        return new Search(query, matches, index);
    }
}
