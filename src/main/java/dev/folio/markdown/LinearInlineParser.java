package dev.folio.markdown;

import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.delimiter.DelimiterProcessor;
import com.vladsch.flexmark.parser.internal.InlineParserImpl;
import com.vladsch.flexmark.parser.internal.LinkDestinationParser;
import com.vladsch.flexmark.parser.internal.LinkRefProcessorData;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * flexmark's inline parser with its hot spots made linear. The regex helpers: the originals call
 * {@link Matcher#toMatchResult()}, which on Java 17 copies the whole paragraph for every match:
 * a paragraph of 40,000 entities, code spans or links then took minutes. Same results, read
 * straight from the matcher. Link destinations: see {@link LinkDestinations}.
 */
final class LinearInlineParser extends InlineParserImpl {
    static final InlineParserFactory FACTORY = LinearInlineParser::new;

    private final LinkDestinations destinations = new LinkDestinations();

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

    /**
     * The same destination flexmark's own scanner finds, for the options folio uses (matched
     * parentheses, no spaces, no Jekyll macros); any other configuration is left to flexmark.
     */
    @Override
    public BasedSequence parseLinkDestination() {
        LinkDestinationParser flexmark = linkDestinationParser;
        if (flexmark == null || !flexmark.allowMatchedParentheses || flexmark.spaceInUrls
                || flexmark.parseJekyllMacrosInUrls || flexmark.intellijDummyIdentifier) {
            return super.parseLinkDestination();
        }
        BasedSequence angled = match(myParsing.LINK_DESTINATION_ANGLES);
        if (angled != null) {
            return angled;
        }
        int angledEnd = AngleDestination.end(input, index);
        if (angledEnd > 0) {
            BasedSequence spaced = input.subSequence(index, angledEnd);
            index = angledEnd;
            return spaced;
        }
        int end = destinations.end(input, index);
        BasedSequence destination = input.subSequence(index, end);
        index = end;
        return destination;
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
