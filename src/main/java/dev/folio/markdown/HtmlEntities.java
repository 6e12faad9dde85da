package dev.folio.markdown;

import com.vladsch.flexmark.util.sequence.Html5Entities;

/**
 * Decodes HTML character references ({@code &amp;}, {@code &#27;}, {@code &#x1b;}). What they
 * decode to is kept as is, control characters included: the layout makes text safe to show.
 */
final class HtmlEntities {
    private static final int LONGEST_NAME = 32;

    private HtmlEntities() {}

    static String decode(CharSequence s) {
        int amp = indexOf(s, '&', 0);
        if (amp < 0) {
            return s.toString();
        }
        StringBuilder out = new StringBuilder(s.length());
        int copied = 0;
        while (amp >= 0) {
            int end = referenceEnd(s, amp);
            if (end > 0) {
                out.append(s, copied, amp).append(decodeOne(s.subSequence(amp, end).toString()));
                copied = end;
            }
            amp = indexOf(s, '&', Math.max(end, amp + 1));
        }
        return out.append(s, copied, s.length()).toString();
    }

    /** Index just past the {@code ;} of a well-formed reference at {@code amp}, or -1. */
    private static int referenceEnd(CharSequence s, int amp) {
        int n = s.length();
        int i = amp + 1;
        boolean numeric = i < n && s.charAt(i) == '#';
        boolean hex = numeric && i + 1 < n && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X');
        i += numeric ? (hex ? 2 : 1) : 0;
        int start = i;
        while (i < n && i - start <= LONGEST_NAME && isReferenceChar(s.charAt(i), numeric, hex)) {
            i++;
        }
        boolean named = !numeric && i > start && Character.isLetter(s.charAt(start));
        if ((numeric && i > start && i - start <= (hex ? 6 : 7) || named) && i < n && s.charAt(i) == ';') {
            return i + 1;
        }
        return -1;
    }

    private static boolean isReferenceChar(char c, boolean numeric, boolean hex) {
        if (!numeric) {
            return c < 0x80 && Character.isLetterOrDigit(c);
        }
        return c >= '0' && c <= '9' || hex && (c >= 'a' && c <= 'f' || c >= 'A' && c <= 'F');
    }

    private static String decodeOne(String reference) {
        if (reference.charAt(1) != '#') {
            return Html5Entities.entityToString(reference);
        }
        boolean hex = reference.charAt(2) == 'x' || reference.charAt(2) == 'X';
        String digits = reference.substring(hex ? 3 : 2, reference.length() - 1);
        int cp = Integer.parseInt(digits, hex ? 16 : 10);
        if (cp == 0 || cp > Character.MAX_CODE_POINT || (cp >= 0xD800 && cp <= 0xDFFF)) {
            return "\uFFFD";
        }
        return new String(Character.toChars(cp));
    }

    private static int indexOf(CharSequence s, char c, int from) {
        for (int i = from; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                return i;
            }
        }
        return -1;
    }
}
