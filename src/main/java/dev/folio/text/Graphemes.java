package dev.folio.text;

/**
 * Grapheme cluster boundaries, as far as terminals honour them: a base character followed by
 * combining marks, variation selectors, emoji modifiers, tag characters, and ZWJ-joined code
 * points; a pair of regional indicators forms a flag. (java.text.BreakIterator in JDK 17 splits
 * emoji ZWJ sequences, so it cannot be used.)
 */
public final class Graphemes {
    private Graphemes() {}

    /** Index just past the grapheme cluster that starts at {@code start}. */
    public static int next(CharSequence s, int start) {
        int n = s.length();
        int first = Character.codePointAt(s, start);
        int i = start + Character.charCount(first);
        if (first == '\r' && i < n && s.charAt(i) == '\n') {
            return i + 1;
        }
        if (first < 0x20 || (first >= 0x7F && first < 0xA0)) {
            return i;
        }
        if (isRegionalIndicator(first) && i < n) {
            int second = Character.codePointAt(s, i);
            if (isRegionalIndicator(second)) {
                i += Character.charCount(second);
            }
        }
        while (i < n) {
            int cp = Character.codePointAt(s, i);
            if (cp == 0x200D) {
                i += 1;
                if (i < n) {
                    int joined = Character.codePointAt(s, i);
                    if (joined < 0x20 || (joined >= 0x7F && joined < 0xA0)) {
                        break; // a joiner never swallows a line end or a control character
                    }
                    i += Character.charCount(joined);
                }
            } else if (isExtender(cp)) {
                i += Character.charCount(cp);
            } else {
                break;
            }
        }
        return i;
    }

    public static boolean isRegionalIndicator(int cp) {
        return cp >= 0x1F1E6 && cp <= 0x1F1FF;
    }

    /**
     * CJK ideographs, CJK punctuation and fullwidth forms: two columns each, and never a mark
     * (a test checks every one against the general rules). The common case, decided quickly.
     */
    static boolean isWideIdeograph(int cp) {
        return (cp >= 0x4E00 && cp <= 0x9FFF) || (cp >= 0x3000 && cp <= 0x3029) || (cp >= 0xFF01 && cp <= 0xFF60);
    }

    /** Whether a cluster surely starts at {@code c}: it can be neither a mark nor a joiner nor half of a pair. */
    static boolean alwaysStartsCluster(char c) {
        return c < 0x300 || isWideIdeograph(c);
    }

    /** Code points that never start a cluster of their own. */
    static boolean isExtender(int cp) {
        if (cp < 0x300 || isWideIdeograph(cp)) {
            return false;
        }
        if ((cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0x1F3FB && cp <= 0x1F3FF) || (cp >= 0xE0020 && cp <= 0xE007F)
                || (cp >= 0xE0100 && cp <= 0xE01EF) || cp == 0x200C) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
                || type == Character.COMBINING_SPACING_MARK;
    }
}
