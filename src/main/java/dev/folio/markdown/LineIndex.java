package dev.folio.markdown;

import java.util.Arrays;

/**
 * Maps character offsets of the source to 1-based line numbers by binary search. flexmark's own
 * {@code getStartLineNumber()} scans the text from the start on every call, which made a
 * document of many blocks quadratic.
 */
final class LineIndex {
    private final int[] lineStarts;

    LineIndex(CharSequence source) {
        int[] starts = new int[16];
        int count = 1;
        for (int i = 0; i < source.length(); i++) {
            if (source.charAt(i) == '\n') {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i + 1;
            }
        }
        this.lineStarts = Arrays.copyOf(starts, count);
    }

    /** The 1-based line holding {@code offset}. */
    int lineOf(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        return found >= 0 ? found + 1 : -found - 1;
    }
}
