package dev.folio.viewer;

import dev.folio.layout.Line;
import dev.folio.layout.Page;
import dev.folio.layout.Span;
import dev.folio.text.Graphemes;
import dev.folio.text.Width;
import java.util.ArrayList;
import java.util.List;

/**
 * Finds every occurrence of a query in a page, in time linear in the page's text. Smart case:
 * case-insensitive unless the query holds an upper-case letter. Only the document's text is
 * searched ({@link Line#content()}, no bars or markers), and soft-wrapped lines are joined the
 * way they were split (a space, or nothing between CJK characters), so a phrase broken by the
 * wrap is still found.
 */
final class Searcher {
    /** Joins lines that end a paragraph: no query can contain it, so no match spans two blocks. */
    private static final char BLOCK_END = '\n';

    private Searcher() {}

    static List<Match> find(Page page, String query) {
        List<Match> all = scan(page, query, soFar -> {});
        return all == null ? List.of() : all;
    }

    /** Where a background search reports: every match so far, in page order (an immutable list). */
    @FunctionalInterface
    interface Progress {
        void found(List<Match> soFar);
    }

    /** Characters searched between two checks for more to report and for being stopped. */
    private static final int STRETCH = 1 << 18;

    /**
     * {@link #find}, telling {@code progress} about the matches so far each time their number has
     * doubled or another stretch of text was searched with new ones, so a long page shows its
     * first matches at once and the count grows as the rest are found. Returns every match, or
     * null when the thread was interrupted (the search was stopped or replaced).
     */
    static List<Match> scan(Page page, String query, Progress progress) {
        if (query.isEmpty()) {
            return List.of();
        }
        boolean caseSensitive = hasUpperCase(query);
        String needle = caseSensitive ? query : fold(query);
        List<Line> lines = page.lines();
        int[] starts = new int[lines.size() + 1];
        int[] lengths = new int[lines.size()];
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if ((i & 4095) == 0 && Thread.currentThread().isInterrupted()) {
                return null;
            }
            Line line = lines.get(i);
            String content = line.content();
            starts[i] = text.length();
            lengths[i] = content.length();
            text.append(caseSensitive ? content : fold(content));
            if (line.wrap() == Line.Wrap.SPACE) {
                text.append(' ');
            } else if (line.wrap() == Line.Wrap.END) {
                text.append(BLOCK_END);
            }
        }
        starts[lines.size()] = text.length();
        List<Match> matches = new ArrayList<>();
        int[] reported = {0};
        int[] next = {1};
        boolean finished = occurrences(text, needle, at -> {
            Match m = toMatch(lines, starts, lengths, at, at + needle.length());
            if (m != null) {
                matches.add(m);
                if (matches.size() >= next[0]) {
                    next[0] = matches.size() * 2;
                    reported[0] = matches.size();
                    progress.found(List.copyOf(matches));
                }
            }
        }, () -> {
            if (matches.size() > reported[0]) {
                reported[0] = matches.size();
                progress.found(List.copyOf(matches));
            }
            return !Thread.currentThread().isInterrupted();
        });
        return finished ? List.copyOf(matches) : null;
    }

    static boolean hasUpperCase(String s) {
        return s.codePoints().anyMatch(Character::isUpperCase);
    }

    /** Lower case, one char for one char, so offsets in the folded text are offsets in the original. */
    static String fold(String s) {
        char[] out = new char[s.length()];
        for (int i = 0; i < out.length; i++) {
            out[i] = Character.toLowerCase(s.charAt(i));
        }
        return new String(out);
    }

    /** Non-overlapping occurrences, left to right (Knuth–Morris–Pratt: never worse than linear). */
    static List<Integer> occurrences(CharSequence text, String needle) {
        List<Integer> found = new ArrayList<>();
        occurrences(text, needle, found::add, () -> true);
        return found;
    }

    /**
     * Each occurrence's offset to {@code found}, in order; after every {@link #STRETCH} characters
     * {@code goOn} is asked whether to go on. False when it said no.
     */
    private static boolean occurrences(CharSequence text, String needle, java.util.function.IntConsumer found,
                                       java.util.function.BooleanSupplier goOn) {
        int m = needle.length();
        int[] fail = new int[m];
        for (int i = 1, k = 0; i < m; i++) {
            while (k > 0 && needle.charAt(i) != needle.charAt(k)) {
                k = fail[k - 1];
            }
            if (needle.charAt(i) == needle.charAt(k)) {
                k++;
            }
            fail[i] = k;
        }
        for (int i = 0, k = 0; i < text.length(); i++) {
            if (i % STRETCH == STRETCH - 1 && !goOn.getAsBoolean()) {
                return false;
            }
            while (k > 0 && text.charAt(i) != needle.charAt(k)) {
                k = fail[k - 1];
            }
            if (text.charAt(i) == needle.charAt(k)) {
                k++;
            }
            if (k == m) {
                found.accept(i - m + 1);
                k = 0;
            }
        }
        return true;
    }

    /** The cells covered by {@code [from, to)} of the joined text; null if it covers none (only a wrap). */
    private static Match toMatch(List<Line> lines, int[] starts, int[] lengths, int from, int to) {
        List<Match.Part> parts = new ArrayList<>(1);
        for (int i = lineOf(starts, from); i < lines.size() && starts[i] < to; i++) {
            int a = Math.max(from, starts[i]) - starts[i];
            int b = Math.min(to, starts[i] + lengths[i]) - starts[i];
            if (b > a) {
                int start = column(lines.get(i), a, false);
                int end = column(lines.get(i), b, true);
                parts.add(new Match.Part(i, start, Math.max(0, end - start)));
            }
        }
        return parts.isEmpty() ? null : new Match(parts);
    }

    /** The last line starting at or before {@code offset}. */
    private static int lineOf(int[] starts, int offset) {
        int lo = 0;
        int hi = starts.length - 2;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (starts[mid] <= offset) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return lo;
    }

    /**
     * The screen column of a character offset into {@link Line#content()}: where the character
     * starts, or ({@code after}) where the one before it ends. Offsets inside a grapheme cluster
     * widen to the whole cluster, so a wide character is never cut in half.
     */
    static int column(Line line, int offset, boolean after) {
        int col = 0;
        int remaining = offset;
        for (Span span : line.spans()) {
            if (span.role().isDecoration()) {
                col += span.width();
                continue;
            }
            String t = span.text();
            if (remaining < t.length() || (after && remaining == t.length())) {
                return col + prefixWidth(t, remaining, after);
            }
            remaining -= t.length();
            col += span.width();
        }
        return col;
    }

    private static int prefixWidth(String t, int offset, boolean after) {
        int i = 0;
        int width = 0;
        while (i < t.length()) {
            int end = Graphemes.next(t, i);
            if (after ? i >= offset : end > offset) {
                break;
            }
            width += Width.cluster(t, i, end);
            i = end;
        }
        return width;
    }
}
