package dev.folio.markdown;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The runs of backticks in one paragraph, indexed by length, so that finding the closer of a code
 * span is a lookup. flexmark walks every later run from each opener that has no closer: a
 * paragraph with runs of every length from 1 to 2,000 (2 MB) took 17 s. cmark keeps the same kind
 * of index. A closer is the first maximal run of exactly the opener's length after it.
 *
 * <p>One instance serves one inline parser (one thread); it indexes the paragraph last asked about.
 */
final class BacktickRuns {
    private CharSequence indexed;
    /** Run length to the start positions of the runs of that length, ascending. */
    private Map<Integer, int[]> starts;

    /** The start of the first run of exactly {@code length} backticks at or after {@code from}; -1 if none. */
    int closer(CharSequence s, int from, int length) {
        if (s != indexed) {
            index(s);
        }
        int[] at = starts.get(length);
        if (at == null) {
            return -1;
        }
        int low = 0;
        int high = at.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (at[mid] < from) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return low < at.length ? at[low] : -1;
    }

    private void index(CharSequence s) {
        Map<Integer, List<Integer>> runs = new HashMap<>();
        int n = s.length();
        for (int i = 0; i < n; i++) {
            if (s.charAt(i) == '`') {
                int start = i;
                while (i + 1 < n && s.charAt(i + 1) == '`') {
                    i++;
                }
                runs.computeIfAbsent(i + 1 - start, k -> new ArrayList<>()).add(start);
            }
        }
        Map<Integer, int[]> index = new HashMap<>();
        runs.forEach((length, list) -> index.put(length, list.stream().mapToInt(Integer::intValue).toArray()));
        this.indexed = s;
        this.starts = index;
    }
}
