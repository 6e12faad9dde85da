package dev.folio.library;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;

/**
 * The library view's filter: each word of the query must be found in an entry's title or path,
 * as a substring or, failing that, fuzzily (its characters in order, gaps allowed). Entries
 * with substring matches come first, titles before paths; within a group the listing's order
 * stays. Chinese works like any other text: characters are compared one by one, case folded.
 */
public final class Filter {
    /** No match. */
    static final int NONE = -1;

    private Filter() {}

    /**
     * The entries matching {@code query} (all of them when it is blank), best first.
     *
     * @param root the folder the paths are shown relative to (matched without it)
     */
    public static List<Entry> apply(List<Entry> entries, String query, java.nio.file.Path root) {
        String[] words = query.strip().toLowerCase(Locale.ROOT).split("\\s+");
        if (query.isBlank()) {
            return entries;
        }
        record Scored(Entry entry, int score, int order) {}
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            int score = score(e, words, root);
            if (score != NONE) {
                scored.add(new Scored(e, score, i));
            }
        }
        scored.sort(Comparator.comparingInt(Scored::score).reversed().thenComparingInt(Scored::order));
        List<Entry> out = new ArrayList<>(scored.size());
        for (Scored s : scored) {
            out.add(s.entry());
        }
        return out;
    }

    /** How well an entry matches all the words (higher is better), or {@link #NONE}. */
    static int score(Entry entry, String[] words, java.nio.file.Path root) {
        String title = entry.shownTitle().toLowerCase(Locale.ROOT);
        String path = relative(entry, root).toLowerCase(Locale.ROOT);
        int total = 0;
        for (String word : words) {
            int s = wordScore(word, title, path);
            if (s == NONE) {
                return NONE;
            }
            total += s;
        }
        // The weakest word decides the group, so one fuzzy word ranks the entry with fuzzy ones.
        return total;
    }

    private static int wordScore(String word, String title, String path) {
        int at = title.indexOf(word);
        if (at >= 0) {
            return at == 0 ? 400 : 300;
        }
        if (path.contains(word)) {
            return 200;
        }
        if (isSubsequence(word, title)) {
            return 100;
        }
        if (isSubsequence(word, path)) {
            return 50;
        }
        return NONE;
    }

    static boolean isSubsequence(String word, String text) {
        int from = 0;
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            int at = text.indexOf(c, from);
            if (at < 0) {
                return false;
            }
            from = at + Character.charCount(c);
            i += Character.charCount(c);
        }
        return true;
    }

    private static String relative(Entry entry, java.nio.file.Path root) {
        if (root != null && root.equals(entry.path().getParent())) {
            return entry.name(); // the common case, without building a relative path on every key
        }
        if (root != null && entry.path().startsWith(root)) {
            return root.relativize(entry.path()).toString();
        }
        return entry.name();
    }
}
