package dev.folio.markdown;

import com.vladsch.flexmark.util.sequence.Escaping;

/**
 * Where a link destination without angle brackets ends, by flexmark's rules: at the first space
 * or control character, or at a {@code )} that closes no {@code (} opened inside it; a backslash
 * escapes the punctuation after it. flexmark scans forward from each {@code ](} it tries, so a
 * paragraph of 50,000 {@code [a](} without a space scanned the rest of the paragraph 50,000
 * times. Short destinations are still scanned directly; the first long one indexes its run of
 * characters once, and every later question inside that run is a lookup.
 *
 * <p>One instance serves one inline parser (one thread); it remembers the last run indexed.
 */
final class LinkDestinations {
    /** Destinations up to this long are scanned directly. */
    static final int DIRECT_LIMIT = 1024;
    /**
     * The most characters indexed at once (8 bytes each). A longer run is indexed a window at a
     * time; a destination longer than a window (4 million characters) is cut at its end.
     */
    static final int MAX_INDEXED = 4 << 20;

    private CharSequence indexed;
    private int from;
    private int stop;
    private int[] ends;

    /** The end (exclusive) of the destination that starts at {@code start} in {@code input}. */
    int end(CharSequence input, int start) {
        if (input == indexed && start >= from && start < stop && (start == from || input.charAt(start - 1) != '\\')) {
            // Not after a backslash: start is not the escaped half of a pair, so the index's view
            // of escapes from its own start agrees with a scan from here.
            return ends[start - from];
        }
        int end = scan(input, start, DIRECT_LIMIT);
        if (end >= 0) {
            return end;
        }
        int runEnd = scan(input, start, MAX_INDEXED, true);
        index(input, start, runEnd < 0 ? Math.min(input.length(), start + MAX_INDEXED) : runEnd);
        return ends[0];
    }

    /** flexmark's scan from {@code start}; -1 if it goes on for more than {@code limit} characters. */
    static int scan(CharSequence s, int start, int limit) {
        return scan(s, start, limit, false);
    }

    /** With {@code toRunEnd}, parentheses are ignored: where the run of non-space characters ends. */
    private static int scan(CharSequence s, int start, int limit, boolean toRunEnd) {
        int n = s.length();
        int depth = 0;
        int i = start;
        while (i < n) {
            if (i - start > limit) {
                return -1;
            }
            char c = s.charAt(i);
            if (c == '\\') {
                i += escapes(s, i) ? 2 : 1;
                continue;
            }
            if (c <= ' ') {
                return i;
            }
            if (!toRunEnd && c == '(') {
                depth++;
            } else if (!toRunEnd && c == ')') {
                if (depth == 0) {
                    return i;
                }
                depth--;
            }
            i++;
        }
        return n;
    }

    private static boolean escapes(CharSequence s, int backslash) {
        return backslash + 1 < s.length() && Escaping.ESCAPABLE_CHARS.indexOf(s.charAt(backslash + 1)) >= 0;
    }

    /**
     * Answers every start in {@code [start, runEnd)} in one pass. With depth counted from
     * {@code start}, a destination starting at k ends at the first {@code )} that brings the
     * depth below the depth at k. Starts still waiting for that {@code )} form a stack whose
     * depths grow towards the top; a {@code )} answers the top entries as deep as it is.
     */
    private void index(CharSequence s, int start, int runEnd) {
        int length = runEnd - start;
        int[] answers = new int[length];
        int[] pending = new int[length];
        int top = 0;
        int depth = 0;
        boolean escaped = false;
        for (int k = 0; k < length; k++) {
            char c = s.charAt(start + k);
            // While pending, a slot holds the depth its destination started at.
            answers[k] = depth;
            pending[top++] = k;
            if (escaped) {
                escaped = false;
            } else if (c == '\\') {
                escaped = escapes(s, start + k);
            } else if (c == '(') {
                depth++;
            } else if (c == ')') {
                while (top > 0 && answers[pending[top - 1]] >= depth) {
                    answers[pending[--top]] = start + k;
                }
                depth--;
            }
        }
        while (top > 0) {
            answers[pending[--top]] = runEnd;
        }
        this.indexed = s;
        this.from = start;
        this.stop = runEnd;
        this.ends = answers;
    }
}
