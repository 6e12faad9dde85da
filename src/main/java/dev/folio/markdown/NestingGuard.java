package dev.folio.markdown;

import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.core.BlockQuoteParser;
import com.vladsch.flexmark.parser.core.FencedCodeBlockParser;
import com.vladsch.flexmark.parser.core.ListBlockParser;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * flexmark's block quote, list and fenced code parsers, asked only when they can afford it. On one
 * line of 40,000 {@code 1) } (120 KB) flexmark took over a minute: every nesting level ran the
 * fence regex over the rest of the line, and closing each list walked every list inside it. Here
 * quotes and lists stop nesting at {@link #MAX_DEPTH} open blocks (deeper markers stay as text
 * in the deepest block; layout stops indenting long before), and the fence parser is only asked
 * about lines that start with {@code `} or {@code ~}. Each replaces its core parser (switched off
 * in {@link FlexmarkSetup}) with the same ordering constraints.
 *
 * <p>Lists stop sooner, at {@link #MAX_LIST_DEPTH}: for every line flexmark rescans the rest of
 * its indentation once per open block, so a list nested n levels deep by indentation costs n
 * cubed (1,200 levels, 1.4 MB: 12.6 s; 3,000 levels, 9 MB: hours). With at most
 * {@code MAX_LIST_DEPTH} blocks open a line costs that many times its length: linear. The model
 * keeps 32 list levels ({@link BlockConverter#MAX_DEPTH} containers), so no nesting that could
 * be shown is lost; the lines of deeper items continue the deepest item's paragraph, words intact.
 */
abstract class NestingGuard extends DelegatingBlockFactory {
    /** Open blocks beyond which no quote or list starts. */
    // Open blocks, not levels: a list level holds two (the list and its item), so this is 1,000 list levels.
    static final int MAX_DEPTH = 2_001;
    /** Open blocks beyond which no list starts: 64 list levels, twice what the model keeps. */
    static final int MAX_LIST_DEPTH = 2 * BlockConverter.MAX_DEPTH + 1;

    private final boolean fence;
    private final int maxDepth;

    private NestingGuard(CustomBlockParserFactory original, boolean fence, int maxDepth) {
        super(original);
        this.fence = fence;
        this.maxDepth = maxDepth;
    }

    static NestingGuard quotes() {
        return new Quotes();
    }

    static NestingGuard lists() {
        return new Lists();
    }

    static NestingGuard fences() {
        return new Fences();
    }

    // flexmark orders block parsers by class, so each guard needs a class of its own.
    private static final class Quotes extends NestingGuard {
        Quotes() {
            super(new BlockQuoteParser.Factory(), false, MAX_DEPTH);
        }
    }

    private static final class Lists extends NestingGuard {
        Lists() {
            super(new ListBlockParser.Factory(), false, MAX_LIST_DEPTH);
        }
    }

    private static final class Fences extends NestingGuard {
        Fences() {
            super(new FencedCodeBlockParser.Factory(), true, MAX_DEPTH);
        }
    }

    @Override
    public BlockParserFactory apply(DataHolder options) {
        BlockParserFactory parser = original.apply(options);
        return (state, matched) -> {
            if (fence) {
                BasedSequence line = state.getLine();
                int first = state.getNextNonSpaceIndex();
                char c = first < line.length() ? line.charAt(first) : '\n';
                if (c != '`' && c != '~') {
                    return BlockStart.none();
                }
            } else if (state.getActiveBlockParsers().size() >= maxDepth) {
                return BlockStart.none();
            }
            return parser.tryStart(state, matched);
        };
    }

}
