package dev.folio.viewer;

import java.util.List;

/**
 * One occurrence of the search query: the cells it covers, in order. A match across a soft
 * wrap has a part on each line.
 */
public record Match(List<Part> parts) {
    public Match {
        parts = List.copyOf(parts);
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a match covers at least one cell range");
        }
    }

    /** The 0-based page line the match starts on. */
    public int line() {
        return parts.get(0).line();
    }

    public int lastLine() {
        return parts.get(parts.size() - 1).line();
    }

    /** Cells {@code [column, column + width)} of one page line. */
    public record Part(int line, int column, int width) {}
}
