package dev.folio.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Wraps short texts (help entries, messages, usage) at spaces to a width in display columns.
 * Words are never broken unless one alone is wider than the line; then it is cut at a
 * grapheme boundary. Not for document text: that is the layout's job.
 */
public final class WordWrap {
    private WordWrap() {}

    /** {@code text} in lines of at most {@code width} columns; never empty (an empty text is one empty line). */
    public static List<String> lines(String text, int width) {
        return hanging("", "", text, width);
    }

    /**
     * {@code text} wrapped with {@code first} before the first line and {@code rest} (usually
     * spaces as wide as {@code first}) before the others: a hanging indent.
     */
    public static List<String> hanging(String first, String rest, String text, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        int used = Width.of(first);
        boolean empty = true;
        for (String word : text.strip().split(" +")) {
            if (word.isEmpty()) {
                continue;
            }
            int w = Width.of(word);
            if (!empty && used + 1 + w > width) {
                out.add(line.toString());
                line = new StringBuilder(rest);
                used = Width.of(rest);
                empty = true;
            }
            if (!empty) {
                line.append(' ');
                used++;
            }
            // A word wider than the whole line: cut it where it must be cut.
            while (used + w > width && width - used > 0) {
                int cut = fitting(word, width - used);
                if (cut == 0) {
                    break;
                }
                line.append(word, 0, cut);
                out.add(line.toString());
                word = word.substring(cut);
                w = Width.of(word);
                line = new StringBuilder(rest);
                used = Width.of(rest);
            }
            line.append(word);
            used += w;
            empty = false;
        }
        out.add(line.toString());
        return out;
    }

    /** How many chars of {@code s} fit in {@code columns}, at a grapheme boundary. */
    private static int fitting(String s, int columns) {
        int used = 0;
        int i = 0;
        while (i < s.length()) {
            int next = Graphemes.next(s, i);
            int w = Width.cluster(s, i, next);
            if (used + w > columns) {
                break;
            }
            used += w;
            i = next;
        }
        return i;
    }
}
