package dev.folio.markdown;

import dev.folio.doc.Block;
import dev.folio.doc.Inline;
import java.util.List;

/** Display math blocks of the model, from a {@code $$} block or a paragraph that is only {@code $$…$$}. */
final class MathBlocks {
    private MathBlocks() {}

    /** The block's TeX without its {@code $$} fences; an unclosed one is shown as the text it is. */
    static Block of(MathNodes.MathBlock node, int line) {
        String text = node.getContentChars().toString().strip();
        if (!node.closed) {
            return new Block.Paragraph(List.of(new Inline.Text(text)), line);
        }
        String tex = text.substring(2, text.length() - 2).strip();
        return new Block.MathBlock(tex, TexText.readable(tex), line);
    }

    /** A paragraph holding one display formula and nothing else is that formula as a block; null otherwise. */
    static Block.MathBlock ofParagraph(List<Inline> content, int line) {
        if (content.size() == 1 && content.get(0) instanceof Inline.Math m && m.display()) {
            return new Block.MathBlock(m.tex(), m.shown(), line);
        }
        return null;
    }
}
