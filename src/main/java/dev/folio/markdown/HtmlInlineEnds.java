package dev.folio.markdown;

/**
 * Where an inline HTML comment, processing instruction, declaration or CDATA section that opens
 * at a given position can end at the latest: at the first closer ({@code -->}, {@code ?>},
 * {@code >}, {@code ]]>}) after it. flexmark matches each with a lazy regular expression over the
 * rest of the paragraph, so a paragraph of 10,000 {@code <?} without {@code ?>} scanned the rest
 * of it 10,000 times (50 KB: 6 s). As cmark does, the first closer at or after a position is
 * remembered per kind, and so is the fact that there is none: each closer is looked for once per
 * paragraph. Tags ({@code <a}, {@code </a}) are left unbounded: none of their parts can run on
 * past the next {@code >} outside quotes, and their regular expression stops there.
 *
 * <p>One instance serves one inline parser (one thread).
 */
final class HtmlInlineEnds {
    /** Not one of the four kinds: the caller matches as before. */
    static final int UNBOUNDED = Integer.MAX_VALUE;
    /** The construct cannot close: it is text. */
    static final int NONE = -1;

    private final Closer comment = new Closer("-->");
    private final Closer instruction = new Closer("?>");
    private final Closer declaration = new Closer(">");
    private final Closer cdata = new Closer("]]>");

    /**
     * The end (exclusive) that a match of inline HTML starting with the {@code <} at {@code at}
     * cannot pass, {@link #NONE} when it cannot close, or {@link #UNBOUNDED}.
     */
    int limit(CharSequence s, int at) {
        if (at + 1 >= s.length() || s.charAt(at) != '<') {
            return UNBOUNDED;
        }
        char c = s.charAt(at + 1);
        if (c == '?') {
            return instruction.end(s, at + 2);
        }
        if (c != '!') {
            return UNBOUNDED;
        }
        if (startsWith(s, at, "<!--")) {
            return comment.end(s, at + 4);
        }
        if (startsWithIgnoreCase(s, at, "<![CDATA[")) {
            return cdata.end(s, at + 9);
        }
        if (at + 2 < s.length() && Character.isLetter(s.charAt(at + 2))) {
            return declaration.end(s, at + 3);
        }
        return NONE; // "<!" followed by anything else is never HTML
    }

    private static boolean startsWith(CharSequence s, int at, String prefix) {
        if (at + prefix.length() > s.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (s.charAt(at + i) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean startsWithIgnoreCase(CharSequence s, int at, String prefix) {
        if (at + prefix.length() > s.length()) {
            return false;
        }
        for (int i = 0; i < prefix.length(); i++) {
            if (Character.toUpperCase(s.charAt(at + i)) != prefix.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** The first occurrence of one closer at or after a position, remembered for the text last asked about. */
    private static final class Closer {
        private final String text;
        private CharSequence in;
        /** Searched from here: {@link #found} is the first closer at or after it, or -1 for none. */
        private int from = Integer.MAX_VALUE;
        private int found = -1;

        Closer(String text) {
            this.text = text;
        }

        /** The end of the first closer starting at or after {@code start}, or {@link #NONE}. */
        int end(CharSequence s, int start) {
            if (s != in || start < from || (found >= 0 && found < start)) {
                in = s;
                from = start;
                found = indexOf(s, start);
            }
            return found < 0 ? NONE : found + text.length();
        }

        private int indexOf(CharSequence s, int start) {
            char first = text.charAt(0);
            for (int i = start, last = s.length() - text.length(); i <= last; i++) {
                if (s.charAt(i) == first && startsWith(s, i, text)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
