package dev.folio.markdown;

import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
import java.util.HashMap;
import java.util.Map;

/**
 * cmark's {@code openers_bottom}: for each kind of closer, the input position below which no
 * opener is worth looking at, because an earlier closer of the same kind found none there. A
 * closer's kind is what a delimiter processor's answer can depend on: its character, whether it
 * can also open, its length modulo 3 (emphasis: the rule of three) and its length up to 3
 * (strikethrough needs two). One instance serves one call of delimiter processing.
 */
final class OpenersBottom {
    private final Map<Integer, Integer> bottoms = new HashMap<>();

    static int kind(Delimiter closer) {
        int length = closer.getNumDelims();
        return closer.getDelimiterChar() << 8 | (closer.canOpen() ? 1 << 7 : 0) | (length % 3) << 2 | Math.min(length, 3);
    }

    /** The lowest position an opener for a closer of {@code kind} may have. */
    int get(int kind) {
        return bottoms.getOrDefault(kind, Integer.MIN_VALUE);
    }

    /**
     * After a closer at {@code position} found no opener: later closers of its kind look no lower
     * (it may itself open for them, so its own position stays in).
     */
    void set(int kind, int position) {
        bottoms.put(kind, position);
    }
}
