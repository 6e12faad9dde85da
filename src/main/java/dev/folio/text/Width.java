package dev.folio.text;

import org.jline.utils.WCWidth;

/**
 * The one display-width function of folio: how many terminal columns a string occupies.
 *
 * <p>Widths are counted per grapheme cluster the way tmux (which follows glibc's wcwidth) places
 * them: East Asian Wide/Fullwidth and emoji-presentation characters take 2 columns, combining and
 * zero-width characters 0, a code point after ZWJ joins its cluster, a pair of regional
 * indicators (a flag) takes 2. Ambiguous-width characters take 1, or 2 inside
 * {@link #counting counting(AmbiguousWidth.WIDE)}: a value its callers pass down (the layout from
 * {@code LayoutOptions}, the runtime and painter from their services), never a process-wide switch. The table is JLine 4.5's, which disagreed with glibc 2.36 on 249
 * code points (JLine 3.30: 10,742); those few are corrected here so that we agree with tmux.
 */
public final class Width {
    /**
     * How this thread counts ambiguous characters, for the extent of a {@link Scope}. Threads a
     * scope starts (a worker, a background reader) inherit it, so one session counts alike
     * everywhere, while two sessions (two tests) in one process never see each other's setting.
     */
    private static final InheritableThreadLocal<AmbiguousWidth> COUNTING = new InheritableThreadLocal<>() {
        @Override
        protected AmbiguousWidth initialValue() {
            return AmbiguousWidth.NARROW;
        }
    };

    private Width() {}

    /**
     * Counts East Asian Ambiguous characters as {@code ambiguous} on this thread until the scope is
     * closed, then as before: {@code try (Width.Scope s = Width.counting(options.ambiguous())) …}.
     */
    public static Scope counting(AmbiguousWidth ambiguous) {
        AmbiguousWidth before = COUNTING.get();
        COUNTING.set(ambiguous);
        return () -> COUNTING.set(before);
    }

    /** How ambiguous characters are counted here and now. */
    public static AmbiguousWidth ambiguous() {
        return COUNTING.get();
    }

    /** The extent of a {@link #counting} setting; closing it restores the one before. */
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }

    /** Display columns of {@code s}. Control characters count 0; callers sanitise first. */
    public static int of(CharSequence s) {
        int width = 0;
        int i = 0;
        int n = s.length();
        while (i < n) {
            char c = s.charAt(i);
            // Most text is ASCII or CJK ideographs, one char per cluster: skip the general path.
            if (i + 1 == n || Graphemes.alwaysStartsCluster(s.charAt(i + 1))) {
                if (c < 0x7F) {
                    width += c >= 0x20 ? 1 : 0;
                    i++;
                    continue;
                }
                if (Graphemes.isWideIdeograph(c)) {
                    width += 2;
                    i++;
                    continue;
                }
            }
            int end = Graphemes.next(s, i);
            width += cluster(s, i, end);
            i = end;
        }
        return width;
    }

    /** Display columns of the grapheme cluster {@code s[start, end)}. */
    public static int cluster(CharSequence s, int start, int end) {
        int first = Character.codePointAt(s, start);
        if (first < 0x7F) {
            return first >= 0x20 ? 1 : 0;
        }
        if (Graphemes.isRegionalIndicator(first)) {
            return end - start >= 4 ? 2 : 1; // a flag is a pair; a lone indicator is narrow, as in glibc
        }
        return codePoint(first);
    }

    /** Display columns of one code point standing alone (0, 1 or 2). */
    public static int codePoint(int cp) {
        if (cp >= 0x20 && cp < 0x7F) {
            return 1;
        }
        if (cp < 0xA0) {
            return 0;
        }
        if (Graphemes.isWideIdeograph(cp)) {
            return 2;
        }
        int w = glibcOverride(cp);
        if (w < 0) {
            w = Math.max(0, WCWidth.wcwidth(cp));
        }
        if (w == 1 && isAmbiguous(cp) && COUNTING.get() == AmbiguousWidth.WIDE) {
            return 2;
        }
        return w;
    }

    /**
     * The code points where JLine 4.5's table disagrees with glibc 2.36 (and so with tmux), found
     * by comparing both over all of Unicode; -1 where they agree. Regional indicators and emoji
     * modifiers are left out: {@link Graphemes} joins them into clusters first.
     */
    private static int glibcOverride(int cp) {
        if (cp < 0x0600 || (cp > 0x08E2 && cp < 0x2630) || (cp > 0x324F && cp < 0xD7B0)
                || (cp > 0xD7FB && cp < 0x110BD) || cp > 0x1D376) {
            return -1;
        }
        if ((cp >= 0x0600 && cp <= 0x0605) || cp == 0x06DD || cp == 0x070F || cp == 0x0890 || cp == 0x0891
                || cp == 0x08E2 || (cp >= 0x2630 && cp <= 0x2637) || (cp >= 0x268A && cp <= 0x268F)
                || cp == 0x110BD || cp == 0x110CD || (cp >= 0x1D300 && cp <= 0x1D356) || (cp >= 0x1D360 && cp <= 0x1D376)) {
            return 1;
        }
        if (cp >= 0x3248 && cp <= 0x324F) {
            return 2;
        }
        if ((cp >= 0xD7B0 && cp <= 0xD7C6) || (cp >= 0xD7CB && cp <= 0xD7FB) || cp == 0x1171E) {
            return 0;
        }
        return -1;
    }

    /** A coarse East Asian Ambiguous test covering the ranges that matter in CJK text. */
    static boolean isAmbiguous(int cp) {
        return cp == 0xA7 || cp == 0xA8 || cp == 0xB0 || cp == 0xB1 || cp == 0xB7 || cp == 0xD7 || cp == 0xF7
                || (cp >= 0x0391 && cp <= 0x03C9) || (cp >= 0x0401 && cp <= 0x0451)
                || (cp >= 0x2010 && cp <= 0x2027) || (cp >= 0x2030 && cp <= 0x203E)
                || (cp >= 0x2100 && cp <= 0x22FF) || (cp >= 0x2460 && cp <= 0x24FF)
                || (cp >= 0x2500 && cp <= 0x257F) || (cp >= 0x25A0 && cp <= 0x25FF)
                || (cp >= 0x2605 && cp <= 0x2606) || (cp >= 0x2640 && cp <= 0x2642);
    }
}
