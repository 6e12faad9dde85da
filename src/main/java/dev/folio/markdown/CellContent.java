package dev.folio.markdown;

import dev.folio.doc.Block;
import dev.folio.doc.Inline;
import java.util.ArrayList;
import java.util.List;

/** The blocks of an HTML table cell as inline content for a grid cell: blocks apart by line breaks. */
final class CellContent {
    private CellContent() {}

    static List<Inline> inlines(List<Block> blocks) {
        List<Inline> out = new ArrayList<>();
        add(blocks, out, 0);
        return Inlines.trim(out);
    }

    private static void add(List<Block> blocks, List<Inline> out, int depth) {
        for (Block b : blocks) {
            if (!out.isEmpty() && !(out.get(out.size() - 1) instanceof Inline.HardBreak)) {
                out.add(new Inline.HardBreak());
            }
            if (b instanceof Block.Paragraph p) {
                out.addAll(p.content());
            } else if (b instanceof Block.Heading h) {
                out.add(new Inline.Styled(Inline.Decoration.STRONG, h.content()));
            } else if (b instanceof Block.CodeBlock c) {
                out.add(new Inline.Code(c.text()));
            } else if (b instanceof Block.MathBlock m) {
                out.add(new Inline.Math(m.tex(), m.shown(), true));
            } else if (depth < BlockConverter.MAX_DEPTH && b instanceof Block.ListBlock l) {
                for (Block.ListItem item : l.items()) {
                    out.add(new Inline.Text("• "));
                    add(item.children(), out, depth + 1);
                    out.add(new Inline.HardBreak());
                }
            } else if (depth < BlockConverter.MAX_DEPTH && b instanceof Block.Quote q) {
                add(q.children(), out, depth + 1);
            } else if (depth < BlockConverter.MAX_DEPTH && b instanceof Block.Aligned a) {
                add(a.children(), out, depth + 1);
            } else if (depth < BlockConverter.MAX_DEPTH && b instanceof Block.Details d) {
                out.addAll(d.summary());
                add(d.children(), out, depth + 1);
            }
        }
        while (!out.isEmpty() && out.get(out.size() - 1) instanceof Inline.HardBreak) {
            out.remove(out.size() - 1);
        }
    }
}
