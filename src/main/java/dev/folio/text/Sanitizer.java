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
     * {@link #visible} plus bidirectional overrides and isolates made visible, for link targets
     * and file names: a right-to-left override could otherwise disguise {@code exe.md} as
     * {@code dm.exe}.
     */
    public static String target(CharSequence s) {
        String v = visible(s);
        StringBuilder out = null;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            boolean bidi = (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069) || c == 0x200E || c == 0x200F;
            if (bidi && out == null) {
                out = new StringBuilder(v.length() + 8).append(v, 0, i);
            }
            if (out != null) {
                if (bidi) {
                    out.append(String.format("<U+%04X>", (int) c));
                } else {
                    out.append(c);
                }
            }
        }
        return out == null ? v : out.toString();
    }
}
