package dev.folio.markdown;

import com.vladsch.flexmark.ast.Code;
import com.vladsch.flexmark.ast.HtmlInline;
import com.vladsch.flexmark.ast.HtmlInlineBase;
import com.vladsch.flexmark.ast.HtmlInlineComment;
import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.parser.InlineParserExtensionFactory;
import com.vladsch.flexmark.parser.InlineParserFactory;
import com.vladsch.flexmark.parser.core.delimiter.Delimiter;
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
 * straight from the matcher. Link destinations: see {@link LinkDestinations}; inline HTML: see
 * {@link HtmlInlineEnds}; code spans: see {@link BacktickRuns}; emphasis: see {@link OpenersBottom}.
 */
final class LinearInlineParser extends InlineParserImpl {
    static final InlineParserFactory FACTORY = LinearInlineParser::new;

    private final LinkDestinations destinations = new LinkDestinations();
    private final HtmlInlineEnds htmlEnds = new HtmlInlineEnds();
    private final BacktickRuns backtickRuns = new BacktickRuns();

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

    /** flexmark's, with the regular expression kept from running past the first possible closer. */
    @Override
    public boolean parseHtmlInline() {
        int limit = htmlEnds.limit(input, index);
        if (limit == HtmlInlineEnds.NONE) {
            return false;
        }
        Matcher m = find(myParsing.HTML_TAG, Math.min(limit, input.length()));
        if (m == null) {
            return false;
        }
        BasedSequence html = input.subSequence(m.start(), m.end());
        HtmlInlineBase node = html.startsWith("<!--") && html.endsWith("-->")
                ? new HtmlInlineComment(html) : new HtmlInline(html);
        appendNode(node);
        return true;
    }

    /** flexmark's, with the closing run looked up in {@link BacktickRuns} instead of scanned for. */
    @Override
    protected boolean parseBackticks() {
        if (options.codeSoftLineBreaks) {
            return super.parseBackticks();
        }
        BasedSequence ticks = match(myParsing.TICKS_HERE);
        if (ticks == null) {
            return false;
        }
        int afterOpenTicks = index;
        int length = ticks.length();
        int closer = backtickRuns.closer(input, afterOpenTicks, length);
        if (closer < 0) {
            appendText(ticks);
            return true;
        }
        index = closer + length;
        Code node = new Code(input.subSequence(afterOpenTicks - length, afterOpenTicks),
                input.subSequence(afterOpenTicks, closer), input.subSequence(closer, index));
        node.appendChild(new Text(input.subSequence(afterOpenTicks, closer)));
        appendNode(node);
        return true;
    }

    /**
     * flexmark's delimiter processing with cmark's lower bounds: flexmark keeps one bound per
     * delimiter character and only sets it when no opener of that character was seen, so a closer
     * that the rule of three (or a length rule) refuses every opener for walked the whole stack
     * again: {@code a**b} and 40,000 {@code c*} (120 KB) took 18 s. Here the bound is kept per
     * kind of closer ({@link OpenersBottom}) and set whenever no opener matched, as in cmark.
     */
    @Override
    public void processDelimiters(Delimiter stackBottom) {
        OpenersBottom bottoms = new OpenersBottom();
        Delimiter closer = lastDelimiter;
        while (closer != null && closer.getPrevious() != stackBottom) {
            closer = closer.getPrevious();
        }
        while (closer != null) {
            char delimiterChar = closer.getDelimiterChar();
            DelimiterProcessor processor = delimiterProcessors.get(delimiterChar);
            if (!closer.canClose() || processor == null) {
                closer = closer.getNext();
                continue;
            }
            char openingChar = processor.getOpeningCharacter();
            int kind = OpenersBottom.kind(closer);
            int bottom = bottoms.get(kind);
            int use = 0;
            Delimiter opener = closer.getPrevious();
            while (opener != null && opener != stackBottom && opener.getIndex() >= bottom) {
                if (opener.canOpen() && opener.getDelimiterChar() == openingChar) {
                    use = processor.getDelimiterUse(opener, closer);
                    if (use > 0) {
                        break;
                    }
                }
                opener = opener.getPrevious();
            }
            if (use <= 0) {
                bottoms.set(kind, closer.getIndex());
                Delimiter next = closer.getNext();
                if (!closer.canOpen()) {
                    removeDelimiterKeepNode(closer);
                }
                closer = next;
                continue;
            }
            closer = match(processor, opener, closer, use);
        }
        while (lastDelimiter != null && lastDelimiter != stackBottom) {
            removeDelimiterKeepNode(lastDelimiter);
        }
    }

    /** flexmark's handling of a matched pair; returns the closer to go on from. */
    private Delimiter match(DelimiterProcessor processor, Delimiter opener, Delimiter closer, int use) {
        opener.setNumDelims(opener.getNumDelims() - use);
        closer.setNumDelims(closer.getNumDelims() - use);
        removeDelimitersBetween(opener, closer);
        opener.setNumDelims(opener.getNumDelims() + use);
        closer.setNumDelims(closer.getNumDelims() + use);
        processor.process(opener, closer, use);
        opener.setNumDelims(opener.getNumDelims() - use);
        closer.setNumDelims(closer.getNumDelims() - use);
        if (opener.getNumDelims() == 0) {
            removeDelimiterAndNode(opener);
        } else {
            opener.getNode().setChars(opener.getNode().getChars().subSequence(0, opener.getNumDelims()));
        }
        if (closer.getNumDelims() == 0) {
            Delimiter next = closer.getNext();
            removeDelimiterAndNode(closer);
            return next;
        }
        BasedSequence chars = closer.getNode().getChars();
        int length = chars.length();
        closer.getNode().setChars(chars.subSequence(length - closer.getNumDelims(), length));
        closer.setIndex(closer.getIndex() + use);
        return closer;
    }

    /** Finds {@code re} from the current position and moves past it; null when it does not match. */
    private Matcher find(Pattern re) {
        return find(re, input.length());
    }

    /** {@link #find(Pattern)} within {@code [index, end)}. */
    private Matcher find(Pattern re, int end) {
        if (index >= input.length()) {
            return null;
        }
        Matcher m = re.matcher(input);
        m.region(index, end);
        if (!m.find()) {
            return null;
        }
        index = m.end();
        return m;
    }
}
