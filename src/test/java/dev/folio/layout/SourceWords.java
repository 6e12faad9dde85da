package dev.folio.layout;

import dev.folio.doc.Block;
import dev.folio.doc.Document;
import dev.folio.doc.Inline;
import dev.folio.text.Sanitizer;
import java.util.ArrayList;
import java.util.List;

/** The words a document shows (as the layout makes them safe), for checking that none goes missing. */
final class SourceWords {
    /** Words outside tables: each must appear whole in the page text, wrapped lines joined. */
    final List<String> running = new ArrayList<>();
    /** Words in table cells: a cell wraps inside its column, so only their characters are checked. */
    final List<String> inTables = new ArrayList<>();

    static SourceWords of(Document doc) {
        SourceWords w = new SourceWords();
        w.blocks(doc.blocks(), w.running);
        return w;
    }

    private void blocks(List<Block> blocks, List<String> into) {
        for (Block b : blocks) {
            block(b, into);
        }
    }

    private void block(Block b, List<String> into) {
        if (b instanceof Block.Paragraph p) {
            inlines(p.content(), into);
        } else if (b instanceof Block.Heading h) {
            inlines(h.content(), into);
        } else if (b instanceof Block.CodeBlock c) {
            add(c.text(), into);
        } else if (b instanceof Block.Quote q) {
            blocks(q.children(), into);
        } else if (b instanceof Block.Alert a) {
            inlines(a.title(), into);
            blocks(a.children(), into);
        } else if (b instanceof Block.Aligned a) {
            blocks(a.children(), into);
        } else if (b instanceof Block.MathBlock m) {
            add(m.shown(), into);
        } else if (b instanceof Block.ListBlock l) {
            for (Block.ListItem item : l.items()) {
                blocks(item.children(), into);
            }
        } else if (b instanceof Block.Table t) {
            for (List<List<List<Inline>>> rows : List.of(t.header(), t.body())) {
                for (List<List<Inline>> row : rows) {
                    for (List<Inline> cell : row) {
                        inlines(cell, inTables);
                    }
                }
            }
        } else if (b instanceof Block.FrontMatter f) {
            for (Block.Entry e : f.entries()) {
                add(e.value(), into);
            }
        } else if (b instanceof Block.DefinitionList d) {
            for (Block.Definition def : d.definitions()) {
                inlines(def.term(), into);
                for (List<Block> body : def.definitions()) {
                    blocks(body, into);
                }
            }
        } else if (b instanceof Block.Details d) {
            inlines(d.summary(), into);
            blocks(d.children(), into);
        } else if (b instanceof Block.Footnotes f) {
            for (Block.Footnote n : f.notes()) {
                blocks(n.content(), into);
            }
        }
    }

    private void inlines(List<Inline> content, List<String> into) {
        for (Inline in : content) {
            if (in instanceof Inline.Text t) {
                add(t.text(), into);
            } else if (in instanceof Inline.Code c) {
                add(c.text(), into);
            } else if (in instanceof Inline.Math m) {
                add(m.shown(), into);
            } else if (in instanceof Inline.Styled s) {
                inlines(s.children(), into);
            } else if (in instanceof Inline.Link l) {
                inlines(l.children(), into);
            } else if (in instanceof Inline.Media m) {
                add(m.label(), into);
            }
        }
    }

    private static void add(String text, List<String> into) {
        for (String word : text.split("[ \\t\\n\\r]+")) {
            if (!word.isEmpty()) {
                into.add(Sanitizer.visible(word));
            }
        }
    }
}
