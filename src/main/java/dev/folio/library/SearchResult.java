package dev.folio.library;

import java.util.List;

/**
 * What a search found.
 *
 * @param hits    best first
 * @param total   how many documents matched (hits may hold fewer)
 * @param notices what the user should know: the index was rebuilt, another folio was updating it
 */
public record SearchResult(List<SearchHit> hits, long total, List<String> notices) {
    public SearchResult {
        hits = List.copyOf(hits);
        notices = List.copyOf(notices);
    }
}
