package dev.folio.markdown;

import com.vladsch.flexmark.parser.InlineParser;
import com.vladsch.flexmark.parser.InlineParserExtension;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.LightInlineParser;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Arrays;
import java.util.Set;

/**
 * Inline math with GitHub's delimiter rules: {@code $…$} where the opening {@code $} is followed
 * and the closing one preceded by a non-space, and the closing one is not followed by a digit (so
 * {@code $5 and $6} stays text), or {@code $$…$$}. A run of three or more {@code $} is text. The
 * content is kept verbatim: no escapes, no emphasis.
 *
 * <p>Linear: the closing candidates of a paragraph are found in one pass the first time a
 * {@code $} is met, and each opening {@code $} looks its closer up by binary search instead of
 * scanning on (a paragraph of 50,000 {@code $a} would otherwise be quadratic).
 */
final class InlineMathParser implements InlineParserExtension {
    private BasedSequence indexed;
    private int[] singles;
    private int[] doubles;

    @Override
    public void finalizeDocument(InlineParser inlineParser) {}

    @Override
    public void finalizeBlock(InlineParser inlineParser) {
        indexed = null;
        singles = null;
        doubles = null;
    }

    @Override
    public boolean parse(LightInlineParser parser) {
        BasedSequence input = parser.getInput();
        int i = parser.getIndex();
        int n = input.length();
        if (i > 0 && input.charAt(i - 1) == '$') {
            return false;
        }
        int run = 0;
        while (i + run < n && input.charAt(i + run) == '$') {
            run++;
        }
        if (run > 2) {
            return false;
        }
        index(input);
        int contentStart = i + run;
        if (contentStart >= n || Character.isWhitespace(input.charAt(contentStart)) && run == 1) {
            return false;
        }
        int close = next(run == 1 ? singles : doubles, contentStart + (run == 1 ? 1 : 0));
        if (close < 0 || (run == 2 && close == contentStart)) {
            return false;
        }
        String tex = input.subSequence(contentStart, close).toString();
        if (tex.isBlank()) {
            return false;
        }
        parser.flushTextNode();
        parser.getBlock().appendChild(new MathNodes.InlineMath(input.subSequence(i, close + run), tex, run == 2));
        parser.setIndex(close + run);
        return true;
    }

    /** Where closers may be: single {@code $} after a non-space and before no digit, and {@code $$} pairs. */
    private void index(BasedSequence input) {
        if (input == indexed) {
            return;
        }
        int n = input.length();
        int[] one = new int[16];
        int[] two = new int[16];
        int ones = 0;
        int twos = 0;
        for (int j = 0; j < n; j++) {
            if (input.charAt(j) != '$') {
                continue;
            }
            int run = 1;
            while (j + run < n && input.charAt(j + run) == '$') {
                run++;
            }
            char before = j > 0 ? input.charAt(j - 1) : ' ';
            char after = j + run < n ? input.charAt(j + run) : ' ';
            if (run == 1 && !Character.isWhitespace(before) && before != '\\' && !Character.isDigit(after)) {
                if (ones == one.length) {
                    one = Arrays.copyOf(one, ones * 2);
                }
                one[ones++] = j;
            } else if (run == 2) {
                if (twos == two.length) {
                    two = Arrays.copyOf(two, twos * 2);
                }
                two[twos++] = j;
            }
            j += run - 1;
        }
        indexed = input;
        singles = Arrays.copyOf(one, ones);
        doubles = Arrays.copyOf(two, twos);
    }

    /** The first position in sorted {@code at} that is at least {@code from}, or -1. */
    private static int next(int[] at, int from) {
        int k = Arrays.binarySearch(at, from);
        k = k >= 0 ? k : -k - 1;
        return k < at.length ? at[k] : -1;
    }

    static final class Factory implements InlineParserExtensionFactory {
        @Override
        public CharSequence getCharacters() {
            return "$";
        }

        @Override
        public InlineParserExtension apply(LightInlineParser lightInlineParser) {
            return new InlineMathParser();
        }

        @Override
        public Set<Class<?>> getAfterDependents() {
            return null;
        }

        @Override
        public Set<Class<?>> getBeforeDependents() {
            return null;
        }

        @Override
        public boolean affectsGlobalScope() {
            return false;
        }
    }
}
