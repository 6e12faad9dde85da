package dev.folio.markdown;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Makes GitHub-style heading anchors, unique within one document: lower case, punctuation and
 * symbols removed (hyphens, underscores and spaces kept), each space turned into a hyphen; letters
 * and digits of every script (Chinese included) stay. A repeated slug gets {@code -1}, {@code -2} …
 * One instance per document: it remembers the slugs already handed out.
 */
public final class Slugger {
    private final Set<String> used = new HashSet<>();
    private final Map<String, Integer> repeats = new HashMap<>();

    /** The unique anchor for a heading whose plain text is {@code text}. */
    public String slug(String text) {
        String base = slugOf(text);
        String candidate = base;
        if (used.contains(candidate)) {
            int n = repeats.getOrDefault(base, 0);
            do {
                n++;
                candidate = base + "-" + n;
            } while (used.contains(candidate));
            repeats.put(base, n);
        }
        used.add(candidate);
        return candidate;
    }

    /** The slug of {@code text} without the uniqueness suffix. */
    static String slugOf(String text) {
        String lower = text.strip().toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        lower.codePoints().forEach(cp -> {
            if (cp == ' ') {
                out.append('-');
            } else if (cp == '-' || cp == '_' || isWordCodePoint(cp)) {
                out.appendCodePoint(cp);
            }
        });
        return out.toString();
    }

    /** Letters, digits and combining marks of any script: what GitHub keeps in an anchor. */
    private static boolean isWordCodePoint(int cp) {
        switch (Character.getType(cp)) {
            case Character.UPPERCASE_LETTER:
            case Character.LOWERCASE_LETTER:
            case Character.TITLECASE_LETTER:
            case Character.MODIFIER_LETTER:
            case Character.OTHER_LETTER:
            case Character.DECIMAL_DIGIT_NUMBER:
            case Character.LETTER_NUMBER:
            case Character.OTHER_NUMBER:
            case Character.NON_SPACING_MARK:
            case Character.COMBINING_SPACING_MARK:
            case Character.ENCLOSING_MARK:
                return true;
            default:
                return false;
        }
    }
}
