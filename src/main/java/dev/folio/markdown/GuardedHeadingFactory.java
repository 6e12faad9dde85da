package dev.folio.markdown;

import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.HeadingParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's heading parser, asked only about lines that can be a heading. The original builds
 * the whole current paragraph's text on every line it is asked about, which made a paragraph (or
 * a table, which starts as one) of many lines beginning with punctuation or digits quadratic:
 * 12 s for a 50,000-row table. A line can only be an ATX heading when its first non-blank
 * character is {@code #}, and a setext underline when it is a run of {@code =} or {@code -}. Replaces the core heading
 * parser ({@code Parser.HEADING_PARSER} is switched off) with the same ordering constraints.
 */
final class GuardedHeadingFactory extends DelegatingBlockFactory {
    GuardedHeadingFactory() {
        super(new HeadingParser.Factory());
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory headings = original.apply(options);
        return (state, matched) -> {
            BasedSequence line = state.getLine();
            int first = state.getNextNonSpaceIndex();
            return canBeHeading(line, first) ? headings.tryStart(state, matched) : BlockStart.none();
        };
    }

    /** An ATX heading starts with {@code #}; a setext underline is a run of {@code =} or {@code -} alone. */
    static boolean canBeHeading(CharSequence line, int first) {
        char c = first < line.length() ? line.charAt(first) : '\n';
        if (c == '#') {
            return true;
        }
        if (c != '=' && c != '-') {
            return false;
        }
        int i = first;
        while (i < line.length() && line.charAt(i) == c) {
            i++;
        }
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '\t')) {
            i++;
        }
        return i == line.length() || line.charAt(i) == '\n' || line.charAt(i) == '\r';
    }

}
