package dev.folio.layout;

import java.util.Arrays;

/**
 * Sizes table columns to a width. Every column gets its natural width when they all fit;
 * otherwise each keeps its longest word if it can, and the room left is shared out fairly
 * (water-filling: narrow columns are satisfied first, the rest split what remains). A table that
 * cannot give each column its longest word is not drawn as a grid at all: splitting
 * {@code Windows} into {@code Windo}/{@code ws} reads worse than the table as records.
 */
final class ColumnWidths {
    private ColumnWidths() {}

    /** Column widths that sum to at most {@code available}, or null when some column cannot keep its longest word. */
    static int[] fit(LineBreaker.Measure[] columns, int available) {
        int n = columns.length;
        int[] natural = new int[n];
        int[] words = new int[n];
        for (int c = 0; c < n; c++) {
            int cluster = Math.max(1, columns[c].cluster());
            words[c] = Math.max(cluster, columns[c].minimum());
            natural[c] = Math.max(words[c], columns[c].natural());
        }
        if (sum(natural) <= available) {
            return natural;
        }
        if (sum(words) <= available) {
            return fill(words, natural, available);
        }
        return null;
    }

    /** Grows {@code start} towards {@code target}, sharing {@code available} evenly among columns that want more. */
    static int[] fill(int[] start, int[] target, int available) {
        int[] w = Arrays.copyOf(start, start.length);
        int extra = available - sum(w);
        while (extra > 0) {
            int wanting = 0;
            for (int c = 0; c < w.length; c++) {
                if (w[c] < target[c]) {
                    wanting++;
                }
            }
            if (wanting == 0) {
                break;
            }
            int share = extra / wanting;
            if (share == 0) {
                // Fewer columns than spare columns: one each, left to right.
                for (int c = 0; c < w.length && extra > 0; c++) {
                    if (w[c] < target[c]) {
                        w[c]++;
                        extra--;
                    }
                }
                break;
            }
            for (int c = 0; c < w.length; c++) {
                int give = Math.min(share, target[c] - w[c]);
                if (give > 0) {
                    w[c] += give;
                    extra -= give;
                }
            }
        }
        return w;
    }

    static int sum(int[] a) {
        long s = 0;
        for (int x : a) {
            s += x;
        }
        return (int) Math.min(Integer.MAX_VALUE, s);
    }
}
