package dev.folio.markdown;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/** The flexmark nodes math is parsed into (see {@link InlineMathParser} and {@link MathBlockParser}). */
final class MathNodes {
    private MathNodes() {}

    /** {@code $…$} or {@code $$…$$} inside a paragraph; {@code tex} is between the delimiters, as written. */
    static final class InlineMath extends Node {
        final String tex;
        final boolean display;

        InlineMath(BasedSequence chars, String tex, boolean display) {
            super(chars);
            this.tex = tex;
            this.display = display;
        }

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }

    /** Lines from a {@code $$} line to the line that ends with {@code $$}; {@code closed} when that line came. */
    static final class MathBlock extends Block {
        boolean closed;

        @Override
        public BasedSequence[] getSegments() {
            return EMPTY_SEGMENTS;
        }
    }
}
