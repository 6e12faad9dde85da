package dev.folio.markdown;

import com.vladsch.flexmark.parser.block.AbstractBlockParser;
import com.vladsch.flexmark.parser.block.AbstractBlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockContinue;
import com.vladsch.flexmark.parser.block.BlockParserFactory;
import com.vladsch.flexmark.parser.block.BlockStart;
import com.vladsch.flexmark.parser.block.CustomBlockParserFactory;
import com.vladsch.flexmark.parser.block.MatchedBlockParser;
import com.vladsch.flexmark.parser.block.ParserState;
import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.BlockContent;
import com.vladsch.flexmark.util.data.DataHolder;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import java.util.Set;

/**
 * Display math: a block from a line starting with {@code $$} (not {@code $$$}, at most three
 * spaces in) to the line ending with {@code $$}, its content verbatim. A blank line ends an
 * unclosed one (it is then shown as the text it is). Inside a paragraph only a line that is
 * {@code $$} alone starts one; {@code $$…$$} within a line is inline math.
 */
final class MathBlockParser extends AbstractBlockParser {
    private final MathNodes.MathBlock block = new MathNodes.MathBlock();
    private BlockContent content = new BlockContent();

    @Override
    public Block getBlock() {
        return block;
    }

    @Override
    public BlockContinue tryContinue(ParserState state) {
        if (block.closed || state.isBlank()) {
            return BlockContinue.none();
        }
        return BlockContinue.atIndex(state.getIndex());
    }

    @Override
    public void addLine(ParserState state, BasedSequence line) {
        boolean first = content.getLineCount() == 0;
        content.add(line, state.getIndent());
        BasedSequence t = line.trim();
        if (t.endsWith("$$") && (!first || t.length() >= 4)) {
            block.closed = true;
        }
    }

    @Override
    public void closeBlock(ParserState state) {
        block.setContent(content);
        content = null;
    }

    static boolean opens(BasedSequence line, int first) {
        return line.length() >= first + 2 && line.charAt(first) == '$' && line.charAt(first + 1) == '$'
                && (line.length() == first + 2 || line.charAt(first + 2) != '$');
    }

    static final class Factory implements CustomBlockParserFactory {
        @Override
        public BlockParserFactory apply(DataHolder options) {
            return new AbstractBlockParserFactory(options) {
                @Override
                public BlockStart tryStart(ParserState state, MatchedBlockParser matched) {
                    BasedSequence line = state.getLine();
                    int first = state.getNextNonSpaceIndex();
                    if (state.getIndent() >= 4 || !opens(line, first)) {
                        return BlockStart.none();
                    }
                    if (matched.getBlockParser().isParagraphParser() && !line.subSequence(first).trim().equals("$$")) {
                        return BlockStart.none();
                    }
                    return BlockStart.of(new MathBlockParser()).atIndex(first);
                }
            };
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
