package dev.folio.library;

import java.nio.file.Path;
import java.util.List;

/**
 * One document found by a search, with its best matching line.
 *
 * @param path    absolute path
 * @param title   its title (or file name)
 * @param line    the best matching line's number (1-based), 0 when only the title matched
 * @param text    that line's text, trimmed ("" when line is 0)
 * @param matches where the query matched in {@code text}: pairs of [start, end) char offsets
 * @param score   relevance (BM25): higher is better; only the order means something
 */
public record SearchHit(Path path, String title, int line, String text, List<int[]> matches, float score) {
    public SearchHit {
        matches = List.copyOf(matches);
    }
}
