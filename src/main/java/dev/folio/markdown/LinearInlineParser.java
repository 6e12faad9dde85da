package dev.folio.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser made linear where it was not.
 *
 * <ul>
 *   <li>Its two regex helpers call {@link Matcher#toMatchResult()}, which on Java 17 copies the
 *       whole paragraph for every match: a paragraph of 40,000 entities, code spans or links
 *       took minutes. Same results here, read straight from the matcher.</li>
 *   <li>Its link destination scanner has no limit on nested parentheses, so every {@code [a](}
 *       in {@code [a]([a]([a](…} rescanned the rest of the paragraph. CommonMark allows 32
 *       levels; beyond that this is not a destination, decided after at most 33 parentheses.</li>
 * </ul>
 */
final class LinearInlineParser extends InlineParserImpl {
    static final InlineParserFactory FACTORY = LinearInlineParser::new;
    private static final int MAX_OPEN_PARENTHESES = 32;

    LinearInlineParser(DataHolder options, BitSet specialCharacters, BitSet delimiterCharacters,
            Map<Character, DelimiterProcessor> delimiterProcessors, LinkRefProcessorData linkRefProcessors,
            List<InlineParserExtensionFactory> extensions) {
        super(options, specialCharacters, delimiterCharacters, delimiterProcessors, linkRefProcessors, extensions);
    }

    @Override
    public BasedSequence match(Pattern re) {
        Matcher m = find(re);
        return m == null ? null : input.subSequence(m.start(), m.end());
    }

    @Override
    public BasedSequence[] matchWithGroups(Pattern re) {
        Matcher m = find(re);
        if (m == null) {
            return null;
        }
        BasedSequence[] groups = new BasedSequence[m.groupCount() + 1];
        for (int i = 0; i < groups.length; i++) {
            groups[i] = m.start(i) < 0 ? null : input.subSequence(m.start(i), m.end(i));
        }
        return groups;
    }

    @Override
    public BasedSequence parseLinkDestination() {
        if (index < input.length() && input.charAt(index) != '<' && tooManyOpenParentheses(index)) {
            return null;
        }
        return super.parseLinkDestination();
    }

    /** Whether the bare destination at {@code from} opens more than 32 parentheses before it ends. */
    private boolean tooManyOpenParentheses(int from) {
        int open = 0;
        for (int i = from; i < input.length(); i++) {
            char c = input.charAt(i);
            if (c <= ' ') {
                return false;
            } else if (c == '\\') {
                i++;
            } else if (c == '(' && ++open > MAX_OPEN_PARENTHESES) {
                return true;
            } else if (c == ')' && --open < 0) {
                return false;
            }
        }
        return false;
    }

    /** Finds {@code re} from the current position and moves past it; null when it does not match. */
    private Matcher find(Pattern re) {
        if (index >= input.length()) {
            return null;
        }
        Matcher m = re.matcher(input);
        m.region(index, input.length());
        if (!m.find()) {
            return null;
        }
        index = m.end();
        return m;
    }
}
