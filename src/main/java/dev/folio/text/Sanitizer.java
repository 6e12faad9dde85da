package dev.folio.text;

/**
 * Makes text from a document safe to put on a terminal. Every C0 control (tab and newline
 * included: line structure is decided before text reaches here), DEL, every C1 control and ESC
 * becomes a visible placeholder from the Control Pictures block, so nothing a document holds
 * can become a terminal escape sequence, whatever path it takes to the screen.
 */
public final class Sanitizer {
    /** Shown for C1 controls (U+0080–U+009F), which have no control picture of their own. */
    public static final char C1_PLACEHOLDER = '\uFFFD';

    private Sanitizer() {}

    /** True when {@code s} holds nothing that {@link #visible} would change. */
    public static boolean isClean(CharSequence s) {
        for (int i = 0, n = s.length(); i < n; i++) {
            if (isControl(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    public static boolean isControl(char c) {
        return c < 0x20 || (c >= 0x7F && c <= 0x9F);
    }

    /** {@code s} with every control character replaced by its visible placeholder. */
    public static String visible(CharSequence s) {
        if (isClean(s)) {
            return s.toString();
        }
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0, n = s.length(); i < n; i++) {
            out.append(placeholder(s.charAt(i)));
        }
        return out.toString();
    }

    /** The placeholder of one character; any other character is returned unchanged. */
    public static char placeholder(char c) {
        if (c < 0x20) {
            return (char) (0x2400 + c);
        }
        if (c == 0x7F) {
            return '\u2421';
        }
        if (c >= 0x80 && c <= 0x9F) {
            return C1_PLACEHOLDER;
        }
        return c;
    }

    /**
     * {@link #visible} plus every character that shows as nothing made visible as
     * {@code <U+XXXX>}, for link targets and file names: a right-to-left override could disguise
     * {@code exe.md} as {@code dm.exe}, a zero-width space or a tag character could hide inside a
     * host name, and a no-break space at the end of {@code evil.desktop} looks like nothing. Made
     * visible: format characters (bidi controls, U+061C, zero-width spaces and joiners, soft
     * hyphen, BOM, tag characters), every space but the plain one, the Hangul and braille blanks,
     * and plain spaces at the end. Nothing is removed.
     */
    public static String target(CharSequence s) {
        String v = visible(s);
        int end = v.length();
        while (end > 0 && v.charAt(end - 1) == ' ') {
            end--;
        }
        StringBuilder out = null;
        for (int i = 0; i < v.length(); ) {
            int cp = v.codePointAt(i);
            int next = i + Character.charCount(cp);
            boolean hidden = isInvisible(cp) || (cp == ' ' && i >= end);
            if (hidden && out == null) {
                out = new StringBuilder(v.length() + 16).append(v, 0, i);
            }
            if (out != null) {
                if (hidden) {
                    out.append(String.format("<U+%04X>", cp));
                } else {
                    out.appendCodePoint(cp);
                }
            }
            i = next;
        }
        return out == null ? v : out.toString();
    }

    /** Whether {@code cp} shows as nothing (or as a plain space) though it is not a plain space. */
    public static boolean isInvisible(int cp) {
        if (cp < 0xA0) {
            return false;
        }
        int type = Character.getType(cp);
        return type == Character.FORMAT || type == Character.SPACE_SEPARATOR || type == Character.LINE_SEPARATOR
                || type == Character.PARAGRAPH_SEPARATOR || cp == 0x115F || cp == 0x1160 || cp == 0x3164
                || cp == 0xFFA0 || cp == 0x2800 || cp == 0x034F || (cp >= 0xFE00 && cp <= 0xFE0F)
                || (cp >= 0xE0000 && cp <= 0xE0FFF);
    }
}
